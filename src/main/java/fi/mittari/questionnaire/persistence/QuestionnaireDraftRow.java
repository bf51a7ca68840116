package fi.mittari.questionnaire.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The draft of a questionnaire as staff last saved it; the text is kept exactly, even while it does not read. */
@MappedEntity("questionnaire_draft")
public record QuestionnaireDraftRow(
        @Id @GeneratedValue @Nullable Long id,
        String questionnaireKey,
        String sourceName,
        String definition,
        String updatedBy,
        Instant updatedAt) {}
