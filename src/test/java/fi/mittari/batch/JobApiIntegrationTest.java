package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.mittari.context.ContextFixture;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

@MicronautTest(transactional = false)
@Property(name = "test.reports", value = "doubles")
@Property(name = "test.preparing", value = "double")
class JobApiIntegrationTest {

    @Inject
    TestReportCatalog reports;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AnnotationConfigApplicationContext batch;

    @Test
    void aRunStartedByStaffIsListedWithItsUsernameAndItsSteps() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(admin, "jobs-api");
        reports.set(List.of(ReportFixture.definition("jobs-api-2026", List.of("jobs-api"), List.of())));
        Map<String, Object> run = admin.runJob("funderReport", Map.of("report", "jobs-api-2026"));
        assertThat(run.get("status")).isEqualTo("COMPLETED");

        List<Map<String, Object>> history = admin.getList("/api/jobs/executions?job=funderReport&limit=5");
        assertThat(history).first().satisfies(latest -> {
            assertThat(latest.get("id")).isEqualTo(run.get("id"));
            assertThat(latest.get("startedBy")).isEqualTo("admin");
            assertThat(latest.get("job")).isEqualTo("funderReport");
            assertThat(latest.get("parameters"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("report", "jobs-api-2026")
                    .doesNotContainKey("startedBy");
            assertThat(latest.get("durationSeconds")).isNotNull();
        });
        assertThat(admin.getList("/api/jobs/executions?job=aggregateIndicators"))
                .noneMatch(r -> r.get("id").equals(run.get("id")));
        @SuppressWarnings("unchecked")
        var steps = (List<Map<String, Object>>)
                admin.get("/api/jobs/executions/" + run.get("id")).body().get("steps");
        assertThat(steps).isNotEmpty().allSatisfy(step -> {
            assertThat(step.get("status")).isEqualTo("COMPLETED");
            assertThat(step).containsKeys("readCount", "writeCount", "skipCount", "commitCount");
        });
    }

    @Test
    void aFunderReportNeedsTheCodeOfAReportDefinition() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        reports.set(List.of(ReportFixture.definition("jobs-api-known", List.of("jobs-api"), List.of())));
        var unknown = admin.post("/api/jobs/funderReport/executions", Map.of("report", "no-such-report"));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body().toString())
                .contains("report")
                .contains("there is no report definition 'no-such-report'; definitions are [jobs-api-known]");
        var none = admin.post("/api/jobs/funderReport/executions", Map.of());
        assertThat(none.code()).isEqualTo(422);
        assertThat(none.body().toString()).contains("choose a report definition");
    }

    @Test
    void aStepThatAnnouncesItsTotalShowsItemsDoneOfTheTotal() {
        JobExecution failed = failedRun("progress " + System.nanoTime(), 412, 1000);
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());

        var body = admin.get("/api/jobs/executions/" + failed.getId()).body();

        // written 400 + filtered 10 + skipped 2 = 412 done of the 1 000 announced
        assertThat(body.get("progress")).isEqualTo(Map.of("done", 412, "total", 1000));
        assertThat(body.get("exitMessage")).isEqualTo("the database went away");
    }

    @Test
    void aFailedRunIsRestartedWithItsParametersAndACompletedOneIsNot() {
        JobExecution failed = failedRun("restart me " + System.nanoTime(), 0, 0);
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());

        var restarted = admin.post("/api/jobs/executions/" + failed.getId() + "/restart", Map.of());
        assertThat(restarted.code()).isEqualTo(202);
        long again = ((Number) restarted.body().get("id")).longValue();
        assertThat(again).isNotEqualTo(failed.getId());
        Map<String, Object> finished = awaitEnd(admin, again);
        assertThat(finished.get("status")).isEqualTo("COMPLETED");
        assertThat(finished.get("parameters"))
                .isEqualTo(Map.of("run", failed.getJobParameters().getString("run")));

        var twice = admin.post("/api/jobs/executions/" + again + "/restart", Map.of());
        assertThat(twice.code()).isEqualTo(409);
        assertThat(twice.body().get("message").toString()).contains("COMPLETED");
        assertThat(admin.post("/api/jobs/executions/999999/restart", Map.of()).code())
                .isEqualTo(404);
    }

    @Test
    void badHistoryQueriesAreExplained() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var zero = admin.get("/api/jobs/executions?limit=0");
        assertThat(zero.code()).isEqualTo(422);
        assertThat(zero.body().toString()).contains("limit").contains("from 1 to 100");
        var unknown = admin.get("/api/jobs/executions?job=nope");
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.body().get("message").toString()).contains("nope").contains("aggregateIndicators");
    }

    private Map<String, Object> awaitEnd(StaffApi admin, long id) {
        return await("execution " + id + " ends")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> admin.get("/api/jobs/executions/" + id).body(),
                        execution -> !Boolean.TRUE.equals(execution.get("running"))
                                && !"STARTED".equals(execution.get("status"))
                                && !"STARTING".equals(execution.get("status")));
    }

    private JobExecution failedRun(String runKey, int done, long total) {
        return FailedRuns.failedRun(batch, runKey, done, total);
    }
}
