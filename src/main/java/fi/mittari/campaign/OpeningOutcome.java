package fi.mittari.campaign;

import java.util.List;

public sealed interface OpeningOutcome {

    record Opened(Campaign campaign) implements OpeningOutcome {}

    record Refused(List<FieldProblem> problems) implements OpeningOutcome {}

    /** The slug is taken by another campaign. */
    record SlugTaken(FieldProblem problem) implements OpeningOutcome {}
}
