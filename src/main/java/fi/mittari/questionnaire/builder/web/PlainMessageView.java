package fi.mittari.questionnaire.builder.web;

/**
 * A problem of the questionnaire as the builder shows it: what it concerns ({@code where}, e.g. "Kysymys 'Alue'", and
 * the question's key, "" when it concerns no question), a link to that question's or page's edit page, the plain
 * text in the staff's language, and where the exact problem stands in the YAML text (line, column, path and the
 * reader's own message) for the YAML editor. Public, because Thymeleaf calls its accessors.
 */
public record PlainMessageView(
        String where,
        String questionKey,
        String href,
        String text,
        boolean error,
        int line,
        int column,
        String path,
        String exact) {

    /** The whole sentence: "Kysymys 'Alue', otsikko: ruotsinkielinen käännös puuttuu…". */
    public String sentence() {
        return where + ": " + text;
    }
}
