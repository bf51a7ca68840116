package fi.mittari.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees which archived report: staff all of them, a FUNDER only the reports all of whose projects are assigned to
 * the account, over the API and on the staff page. Files are stored in parts of 1,000 bytes here, so a 2,500-byte
 * file is three parts (1,000 + 1,000 + 500) and every download is put together from them.
 */
@MicronautTest(transactional = false)
@Property(name = "test.reports", value = "doubles")
@Property(name = "mittari.reports.part-size", value = "1000")
class ReportAccessIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ReportArchive archive;

    @Inject
    TestReportCatalog catalog;

    @Inject
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    StaffApi admin;
    static long reportA;
    static long reportB;
    static long reportAB;

    @BeforeEach
    void twoFundersAndThreeReports() throws Exception {
        admin = StaffApi.loginAsAdmin(client.toBlocking());
        if (reportA != 0 && archive.find(reportA).isPresent()) {
            return;
        }
        ContextFixture.createProject(admin, "pa");
        ContextFixture.createProject(admin, "pb");
        for (String funder : List.of("funder-a", "funder-b")) {
            admin.post(
                    "/api/users",
                    Map.of("username", funder, "password", "password-of-" + funder, "roles", List.of(Roles.FUNDER)));
        }
        assertThat(admin.send(HttpRequest.PUT("/api/users/funder-a/projects", Map.of("projects", List.of("pa"))))
                        .body())
                .containsEntry("projects", List.of("pa"));
        admin.send(HttpRequest.PUT("/api/users/funder-b/projects", Map.of("projects", List.of("pb"))));
        reportA = ReportFixture.archive(archive, "a-report", List.of("pa"), List.of(), ReportFixture.file(2500));
        reportB = ReportFixture.archive(archive, "b-report", List.of("pb"), List.of(), ReportFixture.file(2500));
        reportAB = ReportFixture.archive(archive, "ab-report", List.of("pa", "pb"), List.of(), ReportFixture.file(10));
        catalog.set(List.of(ReportFixture.definition("a-report", List.of("pa"), List.of())));
    }

    @Test
    void aFunderDownloadsTheirReportAndIsForbiddenAnothersProjects() throws Exception {
        StaffApi funderA = StaffApi.login(client.toBlocking(), "funder-a", "password-of-funder-a");

        List<Map<String, Object>> listed = funderA.getList("/api/reports");
        assertThat(listed).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(reportA);
        assertThat(listed.get(0))
                .containsEntry("reportCode", "a-report")
                .containsEntry("projects", List.of("pa"))
                .containsEntry("sizeBytes", 2500);

        assertThat(jdbc.queryForList(
                        "SELECT LENGTH(content) FROM report_part WHERE report_id = :id ORDER BY part_no",
                        Map.of("id", reportA),
                        Integer.class))
                .containsExactly(1000, 1000, 500);
        var file = funderA.download("/api/reports/" + reportA + "/file");
        assertThat(file.code()).isEqualTo(200);
        assertThat(file.body()).hasSize(2500);
        // the bytes put back together from three parts are the archived file: same SHA-256 as archived and as written
        assertThat(ReportFixture.sha256(file.body()))
                .isEqualTo(listed.get(0).get("sha256"))
                .isEqualTo(ReportFixture.file(2500).sha256());
        assertThat(file.header(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"mittari-a-report-")
                .endsWith(".xlsx\"; filename*=utf-8''" + listed.get(0).get("fileName"));

        assertThat(status(funderA, "/api/reports/" + reportB + "/file")).isEqualTo(403);
        assertThat(status(funderA, "/api/reports/" + reportAB + "/file")).isEqualTo(403);
        assertThat(status(funderA, "/api/reports/999999/file")).isEqualTo(404);
        assertThat(status(funderA, "/staff/reports/" + reportB + "/file")).isEqualTo(403);
    }

    @Test
    void everyDownloadFromTheApiOrThePageIsRecordedAsTheDownloadersExport() {
        StaffApi funderA = StaffApi.login(client.toBlocking(), "funder-a", "password-of-funder-a");
        int before = downloads("funder-a", reportA);

        assertThat(funderA.download("/api/reports/" + reportA + "/file").code()).isEqualTo(200);
        assertThat(downloads("funder-a", reportA)).isEqualTo(before + 1);
        assertThat(status(funderA, "/staff/reports/" + reportA + "/file")).isEqualTo(200);
        assertThat(downloads("funder-a", reportA)).isEqualTo(before + 2);
        // a refused download took nothing out and records nothing
        assertThat(status(funderA, "/api/reports/" + reportB + "/file")).isEqualTo(403);
        assertThat(downloads("funder-a", reportB)).isZero();
    }

    private int downloads(String actor, long report) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND action = 'export' AND target = :target"
                        + " AND details = 'report-workbook xlsx'",
                Map.of("actor", actor, "target", "report " + report),
                Integer.class);
    }

    @Test
    void staffSeeEveryReportNewestFirst() {
        assertThat(admin.getList("/api/reports"))
                .extracting(r -> ((Number) r.get("id")).longValue())
                .containsExactly(reportAB, reportB, reportA);
        var file = admin.download("/api/reports/" + reportAB + "/file");
        assertThat(file.body()).hasSize(10);
    }

    @Test
    void projectsAreAssignedOnlyToFundersAndOnlyIfTheyExist() {
        var unknown =
                admin.send(HttpRequest.PUT("/api/users/funder-a/projects", Map.of("projects", List.of("pa", "nope"))));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body().toString()).contains("there are no projects with codes [nope]");
        var notFunder = admin.send(HttpRequest.PUT("/api/users/admin/projects", Map.of("projects", List.of("pa"))));
        assertThat(notFunder.code()).isEqualTo(422);
        assertThat(notFunder.body().toString()).contains("projects are assigned only to FUNDER accounts");
        var noUser = admin.send(HttpRequest.PUT("/api/users/nobody/projects", Map.of("projects", List.of("pa"))));
        assertThat(noUser.code()).isEqualTo(404);
        // the refused assignment left funder-a's projects as they were
        assertThat(admin.get("/api/users/funder-a/projects").body()).containsEntry("projects", List.of("pa"));
        StaffApi funderA = StaffApi.login(client.toBlocking(), "funder-a", "password-of-funder-a");
        assertThat(funderA.send(HttpRequest.PUT("/api/users/funder-a/projects", Map.of("projects", List.of("pb"))))
                        .code())
                .isEqualTo(403);
    }

    @Test
    void theStaffPageListsReportsWithBuildNowAndAFunderSeesOnlyTheirsWithoutIt() {
        String staffPage = html(admin, "/staff/reports");
        assertThat(staffPage)
                .contains("<h1>Rahoittajaraportit</h1>")
                .contains("href=\"/staff/reports/" + reportA + "/file\"")
                .contains("href=\"/staff/reports/" + reportB + "/file\"")
                .contains("<form method=\"post\" action=\"/staff/jobs/funderReport\"")
                .contains("<input type=\"hidden\" name=\"report\" value=\"a-report\">")
                .contains("Muodosta nyt")
                // projects by name, not by code
                .contains("Project pa");

        StaffApi funderA = StaffApi.login(client.toBlocking(), "funder-a", "password-of-funder-a");
        String funderPage = html(funderA, "/staff/reports");
        assertThat(funderPage)
                .contains("href=\"/staff/reports/" + reportA + "/file\"")
                .doesNotContain("/staff/reports/" + reportB + "/file")
                .doesNotContain("/staff/reports/" + reportAB + "/file")
                .doesNotContain("Muodosta nyt")
                .doesNotContain("/staff/jobs/funderReport")
                .doesNotContain("a-report\"");
    }

    @Test
    void aFundersHomeShowsOnlyTheirReportsAndResultsWithoutBuildNowOrCampaigns() {
        StaffApi funderA = StaffApi.login(client.toBlocking(), "funder-a", "password-of-funder-a");
        String home = html(funderA, "/staff");
        assertThat(home)
                .contains("href=\"/staff/reports/" + reportA + "/file\"")
                .doesNotContain("/staff/reports/" + reportB + "/file")
                .doesNotContain("/staff/reports/" + reportAB + "/file")
                .contains("href=\"/staff/indicators?project=pa\"")
                .doesNotContain("project=pb")
                .doesNotContain("Muodosta nyt")
                .doesNotContain("/staff/jobs")
                .doesNotContain("/staff/campaigns")
                .doesNotContain("/s/");
    }

    private static int status(StaffApi user, String path) {
        return user.exchange(HttpRequest.GET(path), Argument.of(byte[].class)).code();
    }

    private static String html(StaffApi user, String path) {
        var page = user.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.of(String.class));
        assertThat(page.code()).isEqualTo(200);
        return page.body();
    }
}
