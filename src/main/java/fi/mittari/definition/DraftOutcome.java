package fi.mittari.definition;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What became of saving a draft. */
public sealed interface DraftOutcome {

    /** Kept, with whatever problems it has (shown beside their lines). */
    record Saved(String code) implements DraftOutcome {}

    /** Not kept: a new definition needs a code of its own, and none could be read. */
    record NoUsableCode(List<DefinitionProblem> problems) implements DraftOutcome {}

    /** Not kept: a new definition's code is already a definition's or a draft's. */
    record CodeTaken(String code) implements DraftOutcome {}
}
