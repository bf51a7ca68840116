package fi.mittari.definition;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What became of publishing a draft. */
public sealed interface PublishOutcome {

    /** The draft is the new newest version, and gone as a draft. */
    record Published(DefinitionVersion version) implements PublishOutcome {}

    /** The draft says what the newest version says: no version added, the draft is gone. */
    record Unchanged(DefinitionVersion version) implements PublishOutcome {}

    /** Refused: the draft has errors. */
    record HasErrors(List<DefinitionProblem> problems) implements PublishOutcome {}

    /** There is no draft to publish. */
    record NoDraft() implements PublishOutcome {}
}
