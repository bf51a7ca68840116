package fi.mittari.response.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("response")
public record ResponseRow(
        @Id @GeneratedValue @Nullable Long id,
        long campaignId,
        long questionnaireVersionId,
        String submissionKey,
        String language,
        String channel,
        Instant submittedAt,
        @Nullable Instant startedAt) {}
