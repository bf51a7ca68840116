package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A number of participants of one sector and region (and organisation, when known) at one event. */
@MappedEntity("participation")
public record Participation(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        ParticipationSource source,
        @Nullable String sectorCode,
        @Nullable String regionCode,
        @Nullable Long organisationId,
        int participants,
        Instant recordedAt) {}
