package fi.mittari.questionnaire.xlsform;

import java.util.Locale;

/** Turns XLSForm names into Mittari identifiers: lowercase, with every other character replaced. */
final class Names {

    private static final int LONGEST = 64;

    private Names() {}

    /** A question key: lowercase letters, digits and '_', starting with a letter. */
    static String questionKey(String name) {
        return identifier(name, "[^a-z0-9_]", '_', "q_");
    }

    /** A choice value: lowercase letters, digits, '-' and '_'. */
    static String choiceValue(String name) {
        String value = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        // A value starts with a letter or digit: -99 (a common "don't know") becomes minus_99
        if (value.startsWith("-")) {
            value = "minus_" + value.substring(1);
        } else if (value.startsWith("_")) {
            value = "v" + value;
        }
        return value.length() > LONGEST ? value.substring(0, LONGEST) : value;
    }

    /** A questionnaire key: lowercase letters, digits, '-' and '_', starting with a letter. */
    static String questionnaireKey(String formId) {
        return identifier(formId, "[^a-z0-9_-]", '-', "form-");
    }

    private static String identifier(String name, String invalid, char replacement, String prefix) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll(invalid, String.valueOf(replacement));
        if (key.isEmpty() || !Character.isLetter(key.charAt(0)) || key.charAt(0) > 'z') {
            key = prefix + key;
        }
        return key.length() > LONGEST ? key.substring(0, LONGEST) : key;
    }
}
