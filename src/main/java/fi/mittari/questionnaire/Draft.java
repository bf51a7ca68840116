package fi.mittari.questionnaire;

import java.time.Instant;
import java.util.Objects;

/** The working copy of a questionnaire: its text as last saved, and how that text reads today. */
public record Draft(
        String key, String sourceName, String definition, String updatedBy, Instant updatedAt, DefinitionResult read) {

    public Draft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(read, "read");
    }

    /** Only a draft that reads without errors can be published. */
    public boolean publishable() {
        return read instanceof DefinitionResult.Accepted;
    }
}
