package fi.mittari.batch;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How schedules and runs share the work between instances (docs/adr/0012): a firing's lock is held at least
 * {@code lockAtLeastFor} (MITTARI_SCHEDULE_LOCK_AT_LEAST_FOR) and at most {@code lockAtMostFor}
 * (MITTARI_SCHEDULE_LOCK_AT_MOST_FOR); a running job extends its lock by {@code executionLockLease}
 * (MITTARI_JOB_LOCK_LEASE); report schedules are re-read every {@code scheduleRefresh} (MITTARI_SCHEDULE_REFRESH); a run
 * without a lock is taken over once it has not moved for {@code abandonedGrace}; unfinished runs are looked for
 * {@code recoveryAfterStart} after start-up, so that start-up never builds the Spring Batch context (docs/adr/0035).
 */
@Context
@ConfigurationProperties("mittari.batch")
record BatchSettings(
        @NotNull Duration lockAtLeastFor,
        @NotNull Duration lockAtMostFor,
        @NotNull Duration executionLockLease,
        @NotNull Duration scheduleRefresh,
        @NotNull Duration abandonedGrace,
        @NotNull Duration recoveryAfterStart) {}
