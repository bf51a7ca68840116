package fi.mittari.questionnaire;

/** Free text of at most maxLength characters, on one line or several. */
public record TextQuestion(
        String key, LocalizedText label, LocalizedText hint, boolean required, boolean multiline, int maxLength)
        implements Question {}
