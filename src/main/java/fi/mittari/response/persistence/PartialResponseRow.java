package fi.mittari.response.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A response being filled in; {@code answers} is the raw answers so far as JSON. */
@MappedEntity("partial_response")
public record PartialResponseRow(
        @Id @GeneratedValue @Nullable Long id,
        long campaignId,
        String submissionKeyHash,
        @Nullable Long invitationId,
        String language,
        String pageKey,
        String answers,
        Instant startedAt,
        Instant updatedAt) {}
