package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event of a project; a one-day event starts and ends on the same day. Its code is unique across projects. Events of
 * one regional network share its {@code networkCode}, so that networks are counted as networks, not as meetings.
 */
@MappedEntity("event")
public record Event(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        long projectId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String regionCode,
        String eventType,
        @Nullable String theme,
        Instant createdAt,
        @Nullable String networkCode) {}
