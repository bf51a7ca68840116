package fi.mittari.questionnaire;

import java.util.Locale;
import java.util.Optional;

/** The languages Mittari speaks to respondents. */
public enum Language {
    FI("Finnish"),
    SV("Swedish"),
    EN("English");

    private final String englishName;

    Language(String englishName) {
        this.englishName = englishName;
    }

    /** The ISO 639-1 code: "fi", "sv" or "en". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in English, for messages to questionnaire authors: "Swedish". */
    public String englishName() {
        return englishName;
    }

    /** "fi", "SV" and "sv-FI" (the primary subtag counts) give the language; anything else gives empty. */
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

    /** The locale for formatting and message bundles. */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(code());
    }
}
