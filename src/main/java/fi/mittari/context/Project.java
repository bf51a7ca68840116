package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A funded project as its funder knows it: code, funder, grant id and period. Campaigns and events belong to one. */
@MappedEntity("project")
public record Project(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        String funder,
        Instant createdAt,
        @Nullable String grantId,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String description) {}
