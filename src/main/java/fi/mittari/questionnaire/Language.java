package fi.mittari.questionnaire;

import java.util.Locale;
import java.util.Optional;

/** The languages Mittari speaks to respondents. */
public enum Language {
    FI, SV, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "fi", "SV", "sv-FI" (primary subtag) → the language; anything else → empty. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
