package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What saving a draft did. A draft is saved even when it has errors, except when it cannot be filed at all. */
public sealed interface DraftSaveOutcome {

    /** Saved; the draft carries every problem found (errors only stop publishing). */
    record Saved(Draft draft, boolean created) implements DraftSaveOutcome {}

    /** Not saved: the text declares no usable key, or a key other than the questionnaire it is saved to. */
    record NoUsableKey(List<DefinitionProblem> problems) implements DraftSaveOutcome {}

    /** Not saved: creating a questionnaire whose key is already taken. */
    record KeyTaken(String key) implements DraftSaveOutcome {}
}
