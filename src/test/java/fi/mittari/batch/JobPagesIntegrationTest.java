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
                .contains("<h1>Ajo " + latest.id() + ": funderReport</h1>")
                .contains("<dt>Käynnistäjä</dt><dd>admin</dd>")
                .contains("<dt>Raportin määrittely</dt><dd>jobs-pages-2026</dd>");
        jobs.awaitEnd(latest.id(), Duration.ofSeconds(60));

        String list = get(admin, "/staff/jobs").body();
        assertThat(list).contains("<a href=\"/staff/jobs/" + latest.id() + "\">Ajo " + latest.id() + "</a>");
        String row = list.substring(list.indexOf("Ajo " + latest.id() + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("<td>funderReport</td>")
                .contains("<td>admin</td>")
                .contains("<td>valmis</td>");
    }

    @Test
    void aFailedRunShowsItsProgressAndStepsAndRestartsFromItsPage() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        JobExecution failed = FailedRuns.failedRun(batch, "pages " + System.nanoTime(), 412, 1000);
        long id = failed.getId();

        String list = get(admin, "/staff/jobs").body();
        assertThat(list)
                .contains("<span id=\"progress-" + id + "\">412 / 1\u00a0000 kohdetta</span>")
                .contains("<progress max=\"1000\" value=\"412\" aria-labelledby=\"progress-" + id
                        + "\">412 / 1\u00a0000 kohdetta</progress>");
        String detail = get(admin, "/staff/jobs/" + id).body();
        assertThat(detail)
                .contains("<dt>Tila</dt><dd>epäonnistui</dd>")
                .contains("<dt>Käynnistäjä</dt><dd>test</dd>")
                .contains("<th scope=\"row\">computeIndicators</th>")
                .contains("action=\"/staff/jobs/" + id + "/restart\"")
                .doesNotContain("Päivitä");

        var restarted = post(admin, "/staff/jobs/" + id + "/restart", "");
        assertThat(restarted.code()).isEqualTo(200);
        var again = jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 1).get(0);
        assertThat(again.id()).isGreaterThan(id);
        assertThat(again.parameters())
                .containsEntry("run", failed.getJobParameters().getString("run"));
        assertThat(restarted.body()).contains("<h1>Ajo " + again.id() + ": aggregateIndicators</h1>");
        assertThat(jobs.awaitEnd(again.id(), Duration.ofSeconds(60))
                        .orElseThrow()
                        .status())
                .isEqualTo("COMPLETED");

        // the instance has completed since: the old run cannot be restarted again, and the page says why
        var twice = post(admin, "/staff/jobs/" + id + "/restart", "");
        assertThat(twice.code()).isEqualTo(409);
        assertThat(twice.body()).contains("Ajoa ei käynnistetty uudelleen").contains("was not started");
    }

    @Test
    void aBadDateOrUnknownProjectReShowsTheFormWithTheMessageBesideTheField() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var badDate = post(admin, "/staff/jobs/aggregateIndicators", "project=&from=2026-01-01&to=2026-13-01");
        assertThat(badDate.code()).isEqualTo(422);
        assertThat(badDate.body())
                .contains("<title>Virhe: Ajot – Mittari</title>")
                .contains("href=\"#a-to\"")
                .contains("<a href=\"#a-to\">Päättyy: Anna päivämäärä (vvvv-kk-pp).</a>")
                .contains("<span id=\"a-to-error\" class=\"error\">Anna päivämäärä (vvvv-kk-pp).</span>")
                .contains("aria-describedby=\"a-to-error\"")
                .contains("value=\"2026-01-01\"");
        var unknown = post(admin, "/staff/jobs/aggregateIndicators", "project=no-such-project&from=&to=");
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"a-project-error\"").contains("Tällä koodilla ei ole hanketta.");
        var backwards = post(admin, "/staff/jobs/aggregateIndicators", "project=&from=2026-05-01&to=2026-04-01");
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body()).contains("id=\"a-to-error\"").contains("Ajanjakso päättyy ennen kuin se alkaa.");
        var report = post(admin, "/staff/jobs/funderReport", "report=no-such-report");
        assertThat(report.code()).isEqualTo(422);
        assertThat(report.body())
                .contains("id=\"r-report-error\"")
                .contains("Valitse raportin määrittely luettelosta.");
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
