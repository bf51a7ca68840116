package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What loading one questionnaire definition did. */
public sealed interface LoadOutcome {

    List<DefinitionProblem> problems();

    /** The definition differed from the latest stored version, so a new version was stored. */
    record VersionCreated(StoredQuestionnaire questionnaire, List<DefinitionProblem> problems) implements LoadOutcome {}

    /** The definition was identical to the latest stored version; nothing was stored. */
    record Unchanged(StoredQuestionnaire questionnaire, List<DefinitionProblem> problems) implements LoadOutcome {}

    /**
     * The file changed in a way that touches stored answers (a choice or question with answers removed or retyped),
     * so it was saved as the questionnaire's draft for staff to review and publish, instead of published.
     */
    record HeldAsDraft(Draft draft, ChangeReview review, List<DefinitionProblem> problems) implements LoadOutcome {}

    /** The definition was invalid; nothing was stored. */
    record Rejected(List<DefinitionProblem> problems) implements LoadOutcome {}
}
