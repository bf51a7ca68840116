package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** XLSForm language names: "Finnish (fi)" as written by pyxform's convention, or a bare "fi" or "Finnish". */
final class LanguageNames {

    private static final Pattern WITH_CODE = Pattern.compile(".*\\(\\s*([A-Za-z_-]+)\\s*\\)\\s*");

    private LanguageNames() {}

    static Optional<Language> parse(String name) {
        String trimmed = name.strip();
        Matcher withCode = WITH_CODE.matcher(trimmed);
        if (withCode.matches()) {
            return Language.fromCode(withCode.group(1));
        }
        for (Language language : Language.values()) {
            if (language.englishName().equalsIgnoreCase(trimmed)) {
                return Optional.of(language);
            }
        }
        return trimmed.length() <= 5 ? Language.fromCode(trimmed) : Optional.empty();
    }

    /** "Finnish (fi)", the form the exporter writes and XLSForm tools show. */
    static String describe(Language language) {
        return language.englishName() + " (" + language.code() + ")";
    }
}
