package fi.mittari.questionnaire;

/** One problem found in a definition: where it is and what is wrong, in plain words. Line and column are 1-based. */
public record DefinitionProblem(String source, int line, int column, String path, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    /** "file:line:column: path: message", the form editors and terminals link to. */
    public String describe() {
        String where = source + ":" + line + ":" + column + ": ";
        return where + (path.isEmpty() ? "" : path + ": ") + message
                + (severity == Severity.WARNING ? " (warning)" : "");
    }
}
