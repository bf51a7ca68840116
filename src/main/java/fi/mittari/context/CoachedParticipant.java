package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A coached participant, known only by the project's pseudonym (never a name or an email address). */
@MappedEntity("coached_participant")
public record CoachedParticipant(
        @Id @GeneratedValue @Nullable Long id,
        long projectId,
        String pseudonym,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        Instant createdAt) {}
