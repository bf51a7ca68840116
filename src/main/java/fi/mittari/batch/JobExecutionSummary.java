package fi.mittari.batch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a staff member needs to know about one job run. {@code itemsProcessed} sums the steps' written items;
 * {@code startedBy} is the staff username, "schedule &lt;cron&gt; line n", or what else launched it;
 * {@code durationSeconds} runs to now while the job runs; {@code progress} adds up the steps that know their total
 * (absent when none does).
 */
@Serdeable
public record JobExecutionSummary(
        long id,
        String job,
        Map<String, String> parameters,
        String startedBy,
        String status,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Long durationSeconds,
        long itemsProcessed,
        String exitCode,
        String exitMessage,
        List<String> failures,
        @Nullable Progress progress,
        List<StepProgress> steps) {

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public boolean restartable() {
        return status.equals("FAILED") || status.equals("STOPPED");
    }
}
