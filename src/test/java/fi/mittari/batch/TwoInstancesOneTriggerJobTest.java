package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Mittari instances on one database, both reading a schedule that fires every four seconds: each firing must
 * start exactly one run. Runs on the embedded database (one in-memory database shared by the JVM) and on MariaDB.
 */
class TwoInstancesOneTriggerJobTest {

    private static final String SCHEDULE =
            """
            schedules:
              - job: aggregateIndicators
                cron: "*/4 * * * * *"
            """;

    @TempDir
    Path batchDir;

    @Test
    void eachFiringStartsOneRunThoughBothInstancesFireIt() throws Exception {
        Files.writeString(batchDir.resolve("schedules.yaml"), SCHEDULE);
        List<JobExecutionSummary> runs;
        try (ApplicationContext first = instance(true);
                ApplicationContext second = instance(false)) {
            assertThat(second.isRunning()).isTrue();
            BatchJobs jobs = first.getBean(BatchJobs.class);
            // three firings at least, however slowly the machine starts them
            runs = await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 100), r -> r.size() >= 3);
            runs.forEach(run -> jobs.awaitEnd(run.id(), Duration.ofSeconds(60)));
            // read again only the runs seen above: the schedule goes on firing while they end
            var seen = runs.stream().map(JobExecutionSummary::id).toList();
            runs = jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 100).stream()
                    .filter(run -> seen.contains(run.id()))
                    .toList();
        }

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.startedBy()).isEqualTo("schedule */4 * * * * * line 2");
            assertThat(run.status()).isEqualTo("COMPLETED");
        });
        List<Instant> firings = new ArrayList<>();
        for (JobExecutionSummary run : runs) {
            String key = run.parameters().get("run"); // "scheduled 2026-11-23T12:00:04Z line 2"
            firings.add(Instant.parse(key.split(" ")[1]));
        }
        firings.sort(null);
        // each firing appears once, four seconds after the one before (none missed)
        assertThat(firings).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        for (int i = 1; i < firings.size(); i++) {
            assertThat(Duration.between(firings.get(i - 1), firings.get(i))).isEqualTo(Duration.ofSeconds(4));
        }
    }

    /** The first instance starts from an empty schema, as every test context does; the second joins it. */
    private ApplicationContext instance(boolean first) {
        return ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "mittari.batch.schedules-enabled",
                        "true",
                        "mittari.batch-dir",
                        batchDir.toString(),
                        "mittari.batch.lock-at-least-for",
                        "1s",
                        "flyway.datasources.default.clean-schema",
                        String.valueOf(first)))
                .start();
    }
}
