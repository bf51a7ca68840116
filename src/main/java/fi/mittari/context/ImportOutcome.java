package fi.mittari.context;

import java.util.List;

/** An import stores every row or none. */
public sealed interface ImportOutcome {

    /** {@code rows} stored, for {@code events} events. */
    record Stored(int rows, int events) implements ImportOutcome {}

    record Refused(List<ImportProblem> problems) implements ImportOutcome {}
}
