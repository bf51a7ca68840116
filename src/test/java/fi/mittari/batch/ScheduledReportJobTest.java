package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report definition with a schedule launches funderReport for that report on its cron, without schedules.yaml. */
class ScheduledReportJobTest {

    @TempDir
    Path batchDir;

    @Test
    void aDefinitionsScheduleLaunchesItsReport() throws Exception {
        Files.createDirectories(batchDir.resolve("reports"));
        Files.writeString(
                batchDir.resolve("reports/every-two-seconds.yaml"),
                """
                reports:
                  - code: every-two-seconds
                    title: T
                    projects: [keko]
                    period: project
                    contact: {name: N}
                    schedule: "*/2 * * * * *"
                  - code: on-demand
                    title: T
                    projects: [keko]
                    period: project
                    contact: {name: N}
                """);
        List<JobExecutionSummary> runs;
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "mittari.batch.schedules-enabled", "true",
                        "mittari.batch-dir", batchDir.toString(),
                        "mittari.batch.lock-at-least-for", "1s"))
                .start()) {
            BatchJobs jobs = context.getBean(BatchJobs.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                Thread.sleep(500);
                runs = jobs.history(Optional.of(BatchJob.FUNDER_REPORT), 10);
            } while (runs.isEmpty() && System.nanoTime() < deadline);
            runs.forEach(run -> jobs.awaitEnd(run.id(), Duration.ofSeconds(60)));
        }

        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.startedBy()).isEqualTo("schedule */2 * * * * * report every-two-seconds");
            assertThat(run.parameters()).containsEntry("report", "every-two-seconds");
            assertThat(run.parameters().get("run")).matches("scheduled \\S+Z report every-two-seconds");
        });
    }
}
