package fi.mittari.questionnaire.builder;

/** What became of reading a questionnaire's text into an editable document. */
public sealed interface DocumentReading {

    record Read(QuestionnaireDocument document) implements DocumentReading {}

    /**
     * The text is not a YAML mapping the builder can edit (a syntax error, an alias, too large); the reason is the YAML
     * reader's own words, and the text can still be mended in the YAML editor.
     */
    record Unreadable(int line, int column, String reason) implements DocumentReading {}
}
