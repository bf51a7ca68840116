package fi.mittari.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.context.ContextFixture;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.security.Roles;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indicator results, a project's goals, the staff home (a coordinator's and a FUNDER's) and the reports page in a
 * real Chromium: axe-core finds no WCAG 2.1 A/AA violation at 390 and 1200 px, nothing scrolls sideways at 320 px,
 * and the reports table's File column (its download links) is never cut off at 1200 or 1440 px.
 */
@MicronautTest(transactional = false)
@Property(name = "test.reports", value = "doubles")
class IndicatorPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int WIDER = 1440;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    @Inject
    ReportArchive archive;

    @Inject
    TestReportCatalog reports;

    @Inject
    @Client("/")
    HttpClient client;

    private final List<String> problems = new ArrayList<>();
    private String base;
    private String run;

    @BeforeEach
    void requireAxe() {
        Axe.require();
        base = server.getURL().toString();
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void resultsGoalsHomesAndReportsHaveNoViolationsAndTheDownloadsAreNeverCutOff() throws Exception {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        String project = "ibt-" + run;
        ContextFixture.createProject(admin, project);
        for (String event : List.of("ibt-1-" + run, "ibt-2-" + run)) {
            ContextFixture.createEvent(admin, event, project);
            admin.send(HttpRequest.PUT(
                    "/api/events/" + event + "/participation",
                    List.of(
                            Map.of("sector", "third_sector", "region", "lappi", "participants", 14),
                            Map.of("sector", "kela", "region", "kainuu", "participants", 12),
                            Map.of("sector", "company", "region", "lappi", "participants", 3))));
        }
        admin.send(HttpRequest.PUT(
                "/api/projects/" + project + "/goals",
                List.of(
                        Map.of("description", "Osallistujia", "indicator", "participants", "target", 100),
                        Map.of("description", "Kolmas sektori", "indicator", "third_sector_share", "target", 0.5))));
        assertThat(admin.runJob("aggregateIndicators", Map.of("project", project)))
                .containsEntry("status", "COMPLETED");
        String code = "ibt-report-with-a-long-code-" + run;
        reports.set(List.of(ReportFixture.definition(code, List.of(project), List.of("funder@example.org"))));
        for (int i = 0; i < 2; i++) {
            ReportFixture.archive(
                    archive,
                    code,
                    List.of(project),
                    List.of("a-very-long-funder-address-for-the-report@rahoittaja.example.org"),
                    ReportFixture.file(1200));
        }
        String funder = "ibt-funder-" + run;
        admin.post(
                "/api/users",
                Map.of("username", funder, "password", "password-of-" + funder, "roles", List.of(Roles.FUNDER)));
        admin.send(HttpRequest.PUT("/api/users/" + funder + "/projects", Map.of("projects", List.of(project))));

        try (Browser browser = Browser.start()) {
            logIn(browser, StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
            check(browser, "coordinator's home");
            visit(browser, "/staff/indicators?project=" + project, "indicator results");
            // shares as Finnish percentages: 48,3 % with a no-break space (serialised as &nbsp;)
            assertThat(browser.pageSource()).contains("hbar-fill").containsPattern("\\d,\\d&nbsp;%");
            visit(browser, "/staff/projects/" + project + "/indicators", "goals and progress");
            visit(browser, "/staff/reports", "reports of a coordinator");
            downloadsNotCutOff(browser, "coordinator");
        }
        try (Browser browser = Browser.start()) {
            logIn(browser, funder, "password-of-" + funder);
            check(browser, "funder's home");
            visit(browser, "/staff/indicators", "indicator results of a funder");
            visit(browser, "/staff/reports", "reports of a funder");
            downloadsNotCutOff(browser, "funder");
        }
        if (!problems.isEmpty()) {
            fail("axe-core " + Axe.version() + ", the reflow and the download column checks found:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private void logIn(Browser browser, String username, String password) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.click("button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }

    private void visit(Browser browser, String path, String name) throws IOException, InterruptedException {
        browser.open(base + path);
        check(browser, name);
    }

    /** axe at phone and wide widths, and no sideways scrolling at 320 px. */
    private void check(Browser browser, String name) throws IOException, InterruptedException {
        browser.resize(PHONE, 900);
        browser.accessibilityViolations().forEach(v -> problems.add(name + " at " + PHONE + " px: " + v));
        browser.resize(WIDE, 900);
        browser.accessibilityViolations().forEach(v -> problems.add(name + " at " + WIDE + " px: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements().forEach(e -> problems.add(name + ", reflow at " + NARROWEST + " px: " + e));
        browser.resize(PHONE, 900);
    }

    /** Every download link's right edge lies inside the window and inside the table's scrolling region. */
    private void downloadsNotCutOff(Browser browser, String who) throws IOException, InterruptedException {
        assertThat(browser.has("td.download a"))
                .as("download links for the %s", who)
                .isTrue();
        for (int width : List.of(WIDE, WIDER, PHONE)) {
            browser.resize(width, 900);
            browser.clippedOnTheRight("td.download a")
                    .forEach(e -> problems.add("reports of the " + who + " at " + width + " px, cut off: " + e));
        }
        browser.resize(PHONE, 900);
    }
}
