package fi.mittari.privacy;

/**
 * One answer of a person's access export, in the language they answered in: the response it belongs to (campaign,
 * questionnaire version, day sent), the question as they saw it, and the answer (a choice's words where it has them).
 * A consent row's answer is the statement agreed to, and {@code consent} the stored hash of the words shown.
 */
public record AccessRow(
        String campaign,
        int questionnaireVersion,
        String language,
        String sentOn,
        String questionKey,
        String question,
        String answer,
        String consent) {}
