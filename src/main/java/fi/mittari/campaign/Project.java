package fi.mittari.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A funded project that campaigns belong to (a later issue gives projects events, goals and participation). */
@MappedEntity("project")
public record Project(
        @Id @GeneratedValue @Nullable Long id, String code, String name, String funder, Instant createdAt) {}
