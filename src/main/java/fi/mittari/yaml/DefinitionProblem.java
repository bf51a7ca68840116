package fi.mittari.yaml;

import java.util.Objects;

/** One problem found in a definition: where it is and what is wrong, in plain words. Line and column are 1-based. */
public record DefinitionProblem(String source, int line, int column, String path, String message, Severity severity) {

    /** An error rejects the definition; a warning is worth fixing but the definition is still usable. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public DefinitionProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** "file:line:column: path: message", the form editors and terminals link to; warnings end with "(warning)". */
    public String describe() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message
                + (severity == Severity.WARNING ? " (warning)" : "");
    }
}
