package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The staff pages of jobs: the history, a run's steps, the start forms and Restart, without JavaScript. */
@MicronautTest(transactional = false)
@Property(name = "test.reports", value = "doubles")
@Property(name = "test.preparing", value = "double")
class JobPagesIntegrationTest {

    @Inject
    TestReportCatalog reports;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AnnotationConfigApplicationContext batch;

    @Inject
    BatchJobs jobs;

    @Test
    void aRunStartedInTheFormIsListedWithWhoStartedIt() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(admin, "jobs-pages");
        reports.set(List.of(ReportFixture.definition("jobs-pages-2026", List.of("jobs-pages"), List.of())));
        var started = post(admin, "/staff/jobs/funderReport", "report=jobs-pages-2026");
        assertThat(started.code()).isEqualTo(200);
        var latest = jobs.history(Optional.of(BatchJob.FUNDER_REPORT), 1).get(0);
        assertThat(latest.parameters()).containsEntry("report", "jobs-pages-2026");
        assertThat(started.body())
                .contains("<h1>Run " + latest.id() + " of funderReport</h1>")
                .contains("<dt>Started by</dt><dd>admin</dd>")
                .contains("<dt>report</dt><dd>jobs-pages-2026</dd>");
        jobs.awaitEnd(latest.id(), Duration.ofSeconds(60));

        String list = get(admin, "/staff/jobs").body();
        assertThat(list).contains("<a href=\"/staff/jobs/" + latest.id() + "\">Run " + latest.id() + "</a>");
        String row = list.substring(list.indexOf("Run " + latest.id() + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("<td>funderReport</td>")
                .contains("<td>admin</td>")
                .contains("<td>COMPLETED</td>");
    }

    @Test
    void aFailedRunShowsItsProgressAndStepsAndRestartsFromItsPage() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        JobExecution failed = FailedRuns.failedRun(batch, "pages " + System.nanoTime(), 412, 1000);
        long id = failed.getId();

        String list = get(admin, "/staff/jobs").body();
        assertThat(list)
                .contains("<span id=\"progress-" + id + "\">412 of 1 000 items</span>")
                .contains("<progress max=\"1000\" value=\"412\" aria-labelledby=\"progress-" + id
                        + "\">412 of 1 000 items</progress>");
        String detail = get(admin, "/staff/jobs/" + id).body();
        assertThat(detail)
                .contains("<dt>Status</dt><dd>FAILED</dd>")
                .contains("<dt>Started by</dt><dd>test</dd>")
                .contains("<th scope=\"row\">computeIndicators</th>")
                .contains("action=\"/staff/jobs/" + id + "/restart\"")
                .doesNotContain("Refresh");

        var restarted = post(admin, "/staff/jobs/" + id + "/restart", "");
        assertThat(restarted.code()).isEqualTo(200);
        var again = jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 1).get(0);
        assertThat(again.id()).isGreaterThan(id);
        assertThat(again.parameters())
                .containsEntry("run", failed.getJobParameters().getString("run"));
        assertThat(restarted.body()).contains("<h1>Run " + again.id() + " of aggregateIndicators</h1>");
        assertThat(jobs.awaitEnd(again.id(), Duration.ofSeconds(60))
                        .orElseThrow()
                        .status())
                .isEqualTo("COMPLETED");

        // the instance has completed since: the old run cannot be restarted again, and the page says why
        var twice = post(admin, "/staff/jobs/" + id + "/restart", "");
        assertThat(twice.code()).isEqualTo(409);
        assertThat(twice.body()).contains("The run was not restarted").contains("was not started");
    }

    @Test
    void aBadDateOrUnknownProjectReShowsTheFormWithTheMessageBesideTheField() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var badDate = post(admin, "/staff/jobs/aggregateIndicators", "project=&from=2026-01-01&to=2026-13-01");
        assertThat(badDate.code()).isEqualTo(422);
        assertThat(badDate.body())
                .contains("<title>Error: Jobs – Mittari</title>")
                .contains("href=\"#a-to\"")
                .contains("<span id=\"a-to-error\" class=\"error\">parameter &#39;to&#39; must be a date as"
                        + " YYYY-MM-DD, was &#39;2026-13-01&#39;</span>")
                .contains("aria-describedby=\"a-to-error\"")
                .contains("value=\"2026-01-01\"");
        var unknown = post(admin, "/staff/jobs/aggregateIndicators", "project=no-such-project&from=&to=");
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"a-project-error\"").contains("no project with code");
        var backwards = post(admin, "/staff/jobs/aggregateIndicators", "project=&from=2026-05-01&to=2026-04-01");
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body()).contains("id=\"a-to-error\"").contains("before it starts");
        var report = post(admin, "/staff/jobs/funderReport", "report=no-such-report");
        assertThat(report.code()).isEqualTo(422);
        assertThat(report.body())
                .contains("id=\"r-report-error\"")
                .contains("there is no report definition &#39;no-such-report&#39;");
    }

    @Test
    void aFunderMayNotSeeTheJobPages() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        StaffApi funder = ContextFixture.loginAs(client.toBlocking(), admin, Roles.FUNDER);
        assertThat(get(funder, "/staff/jobs").code()).isEqualTo(403);
        assertThat(get(funder, "/staff/jobs/1").code()).isEqualTo(403);
        assertThat(post(funder, "/staff/jobs/funderReport", "report=any").code())
                .isEqualTo(403);
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
