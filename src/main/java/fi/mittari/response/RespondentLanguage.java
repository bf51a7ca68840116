package fi.mittari.response;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language a respondent sees: an explicit {@code ?lang=} choice first, then the browser's preferences in
 * order, then the questionnaire's default — always one the questionnaire offers.
 */
public final class RespondentLanguage {

    private RespondentLanguage() {}

    public static Language choose(Questionnaire questionnaire, Optional<String> requested, Optional<String> acceptLanguage) {
        Optional<Language> explicit = requested.flatMap(Language::fromCode).filter(questionnaire::offers);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return acceptLanguage.flatMap(header -> preferred(questionnaire, header))
                .orElse(questionnaire.defaultLanguage());
    }

    private static Optional<Language> preferred(Questionnaire questionnaire, String header) {
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Language.fromCode(range.getRange()))
                    .flatMap(Optional::stream)
                    .filter(questionnaire::offers)
                    .findFirst();
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
