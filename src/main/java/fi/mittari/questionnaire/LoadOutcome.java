package fi.mittari.questionnaire;

import java.util.List;

/** What loading one questionnaire definition did. */
public sealed interface LoadOutcome {

    List<DefinitionProblem> problems();

    /** The definition differed from the latest stored version, so a new version was stored. */
    record VersionCreated(StoredQuestionnaire questionnaire, List<DefinitionProblem> problems) implements LoadOutcome {}

    /** The definition was identical to the latest stored version; nothing was stored. */
    record Unchanged(StoredQuestionnaire questionnaire, List<DefinitionProblem> problems) implements LoadOutcome {}

    /** The definition was invalid; nothing was stored. */
    record Rejected(List<DefinitionProblem> problems) implements LoadOutcome {}
}
