package fi.mittari.context;

import java.util.List;

/** What became of a request to record something in the context. */
public sealed interface Recorded<T> {

    record Saved<T>(T value) implements Recorded<T> {}

    /** Fields were wrong; nothing was stored. */
    record Refused<T>(List<FieldProblem> problems) implements Recorded<T> {}

    /** The thing to change does not exist. */
    record Missing<T>(String message) implements Recorded<T> {}

    /** A unique code or name is taken. */
    record Taken<T>(FieldProblem problem) implements Recorded<T> {}
}
