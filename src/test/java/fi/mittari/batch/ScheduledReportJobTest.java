package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
            runs = await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> jobs.history(Optional.of(BatchJob.FUNDER_REPORT), 10), found -> !found.isEmpty());
            runs.forEach(run -> jobs.awaitEnd(run.id(), Duration.ofSeconds(60)));
        }

        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.startedBy()).isEqualTo("schedule */2 * * * * * report every-two-seconds");
            assertThat(run.parameters()).containsEntry("report", "every-two-seconds");
            assertThat(run.parameters().get("run")).matches("scheduled \\S+Z report every-two-seconds");
        });
    }

    @Test
    void aScheduleAddedOrRemovedInTheBrowserTakesEffectWithoutARestart() throws Exception {
        Files.createDirectories(batchDir.resolve("reports"));
        String code = "browser-scheduled-" + Long.toString(System.nanoTime(), 36);
        String definition =
                """
                reports:
                  - code: %s
                    title: T
                    projects: [keko]
                    period: project
                    contact: {name: N}
                """
                        .formatted(code);
        String startedBy = "schedule */2 * * * * * report " + code;
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "mittari.batch.schedules-enabled", "true",
                        "mittari.batch-dir", batchDir.toString(),
                        "mittari.batch.lock-at-least-for", "1s",
                        "mittari.batch.schedule-refresh", "1s"))
                .start()) {
            BatchJobs jobs = context.getBean(BatchJobs.class);
            var editing = context.getBean(fi.mittari.definition.EditingDefinitions.class);
            editing.create(fi.mittari.definition.DefinitionKind.REPORT, definition, "anna");
            editing.publish(fi.mittari.definition.DefinitionKind.REPORT, code, "anna");
            editing.save(
                    fi.mittari.definition.DefinitionKind.REPORT,
                    code,
                    definition + "    schedule: \"*/2 * * * * *\"\n",
                    "anna");
            assertThat(editing.publish(fi.mittari.definition.DefinitionKind.REPORT, code, "anna"))
                    .isInstanceOf(fi.mittari.definition.PublishOutcome.Published.class);

            List<JobExecutionSummary> runs = awaitRuns(jobs, startedBy, 1);
            assertThat(runs).isNotEmpty();

            editing.save(fi.mittari.definition.DefinitionKind.REPORT, code, definition, "anna");
            editing.publish(fi.mittari.definition.DefinitionKind.REPORT, code, "anna");
            // the refresh (1 s) stops it, and a firing already under way may still start a run; after that no run
            // starts for longer than two periods of the schedule (2 s)
            awaitNoNewRunFor(jobs, startedBy, Duration.ofSeconds(5));
            ours(jobs, startedBy).forEach(run -> jobs.awaitEnd(run.id(), Duration.ofSeconds(60)));
        }
    }

    private static List<JobExecutionSummary> awaitRuns(BatchJobs jobs, String startedBy, int count)
            throws InterruptedException {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ours(jobs, startedBy), runs -> runs.size() >= count);
    }

    /** Waits until the schedule's runs have stayed the same for {@code quiet}; fails when they never do. */
    private static void awaitNoNewRunFor(BatchJobs jobs, String startedBy, Duration quiet) {
        int[] seen = {-1};
        await().during(quiet)
                .atMost(quiet.multipliedBy(4))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    int now = ours(jobs, startedBy).size();
                    boolean same = now == seen[0];
                    seen[0] = now;
                    return same;
                });
    }

    private static List<JobExecutionSummary> ours(BatchJobs jobs, String startedBy) {
        return jobs.history(Optional.of(BatchJob.FUNDER_REPORT), 200).stream()
                .filter(run -> run.startedBy().equals(startedBy))
                .toList();
    }
}
