package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** A goal of a project, measured by an indicator (by its code) against a target and a baseline. */
@MappedEntity("project_goal")
public record ProjectGoal(
        @Id @GeneratedValue @Nullable Long id,
        long projectId,
        int position,
        String description,
        @Nullable String indicatorCode,
        @Nullable BigDecimal targetValue,
        @Nullable BigDecimal baselineValue) {}
