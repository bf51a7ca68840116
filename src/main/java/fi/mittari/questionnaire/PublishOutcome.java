package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What publishing a draft did. Only {@link Published} and {@link Unchanged} remove the draft. */
public sealed interface PublishOutcome {

    /** A new immutable version was stored; {@code review} lists what changed against the version it replaces. */
    record Published(StoredQuestionnaire version, ChangeReview review) implements PublishOutcome {}

    /** The draft was identical to the live version, so no version was stored and the draft was discarded. */
    record Unchanged(StoredQuestionnaire version) implements PublishOutcome {}

    /** The questionnaire has no draft. */
    record NoDraft(String key) implements PublishOutcome {}

    /** The draft has errors; nothing was stored. */
    record Invalid(List<DefinitionProblem> problems) implements PublishOutcome {}

    /** The draft removes or retypes something that has answers, and that was not confirmed; nothing was stored. */
    record NeedsConfirmation(ChangeReview review) implements PublishOutcome {}
}
