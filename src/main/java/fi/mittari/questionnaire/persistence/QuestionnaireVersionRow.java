package fi.mittari.questionnaire.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One immutable questionnaire version as stored: the definition text exactly as it was read, and who published it
 * ({@code null} when it was loaded from the surveys directory).
 */
@MappedEntity("questionnaire_version")
public record QuestionnaireVersionRow(
        @Id @GeneratedValue @Nullable Long id,
        String questionnaireKey,
        int versionNumber,
        String contentHash,
        String sourceName,
        String definition,
        Instant createdAt,
        @Nullable String publishedBy) {}
