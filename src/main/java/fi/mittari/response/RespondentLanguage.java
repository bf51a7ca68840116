package fi.mittari.response;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language a respondent sees: an explicit {@code ?lang=} choice first, then the browser's preferences in
 * order, then the questionnaire's default — always one the questionnaire offers.
 */
public final class RespondentLanguage {

    private RespondentLanguage() {}

    public static Language choose(
            Questionnaire questionnaire, Optional<String> requested, Optional<String> acceptLanguage) {
        return choose(questionnaire.languages(), questionnaire.defaultLanguage(), requested, acceptLanguage);
    }

    /** The same choice among any offered languages, for pages that belong to no questionnaire. */
    public static Language choose(
            List<Language> offered, Language fallback, Optional<String> requested, Optional<String> acceptLanguage) {
        Optional<Language> explicit = requested.flatMap(Language::fromCode).filter(offered::contains);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return acceptLanguage.flatMap(header -> preferred(offered, header)).orElse(fallback);
    }

    private static Optional<Language> preferred(List<Language> offered, String header) {
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Language.fromCode(range.getRange()))
                    .flatMap(Optional::stream)
                    .filter(offered::contains)
                    .findFirst();
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
