package fi.mittari.batch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** What a staff member needs to know about one job run. {@code itemsProcessed} sums the steps' written items. */
@Serdeable
public record JobExecutionSummary(
        long id,
        String job,
        String status,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        long itemsProcessed,
        String exitCode,
        List<String> failures) {}
