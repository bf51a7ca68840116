package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;

/**
 * The texts a repeat's expansion adds for respondents: the number of an instance after the repeat's label ("Jäsen 2"),
 * and the question after an instance that asks for another, in the language of the label column it is written to.
 */
final class RepeatWording {

    private RepeatWording() {}

    /** The repeat's label numbered: "Jäsen 2", or "Lapset? (2)" when a number after the label would not read. */
    static String instanceLabel(String label, int instance) {
        if (label.isBlank()) {
            return "";
        }
        String text = label.strip();
        return Character.isLetter(text.codePointBefore(text.length()))
                ? text + " " + instance
                : text + " (" + instance + ")";
    }

    /** "Lisätäänkö vielä yksi (Jäsen)?"; without the repeat's label the question alone. */
    static String addAnother(Language language, String repeatLabel) {
        String named = repeatLabel.isBlank() ? "" : " (" + repeatLabel.strip() + ")";
        return switch (language) {
            case FI -> "Lisätäänkö vielä yksi" + named + "?";
            case SV -> "Vill du lägga till ännu en" + named + "?";
            case EN -> "Add another" + named + "?";
        };
    }
}
