package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * axe-core in a real (headless) Chromium on every page a respondent or a staff member meets: every sample
 * questionnaire's form in Finnish and Swedish, empty and after an empty submit; the message pages; the accessibility
 * statement; the login and designer pages. Each page on a phone and on a wide screen, and at 320 px for reflow. Any
 * WCAG 2.1 A or AA violation fails, listed page by page.
 */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.reports", value = "doubles")
class AccessibilityBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;
    private static final Pattern KEY = Pattern.compile("(?m)^key:\\s*(\\S+)");

    /** The answers keko-impact requires, to fill a campaign whose cap is one response. */
    private static final Map<String, Object> KEKO_ANSWERS = Map.of(
            "new_partners", "yes",
            "region", "lappi",
            "topical_knowledge", "partly",
            "employment_knowledge", "yes",
            "organisation_type", "third_sector",
            "usefulness", "9");

    @Inject
    EmbeddedServer server;

    @Inject
    fi.mittari.report.archive.ReportArchive reports;

    @Inject
    fi.mittari.report.archive.TestReportCatalog reportCatalog;

    @Inject
    @Client("/")
    HttpClient client;

    private final List<CheckedPage> checked = new ArrayList<>();
    private String base;
    private String run;

    @BeforeEach
    void requireAxe() {
        Axe.require();
        base = server.getURL().toString();
        // campaigns are named per run: the MariaDB half may meet the campaigns of an earlier run
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void everySampleQuestionnaireInFinnishAndSwedishEmptyAndWithErrorsHasNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        try (Browser browser = Browser.start()) {
            for (String key : sampleQuestionnaires()) {
                String slug = "a11y-" + key + "-" + run;
                staff.openCampaign(slug, key, "Saavutettavuus " + key);
                for (String lang : List.of("fi", "sv")) {
                    browser.open(base + "/s/" + slug + "?lang=" + lang);
                    check(browser, key + " in " + lang + ", empty");
                    browser.click("main form button[type=submit]");
                    assertThat(browser.awaitSource("error-summary")).contains("error-summary");
                    check(browser, key + " in " + lang + ", after an empty submit");
                }
            }
        }
        assertNoViolations();
    }

    @Test
    void messagePagesAndTheAccessibilityStatementHaveNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String open = "a11y-open-" + run;
        String notYet = "a11y-later-" + run;
        String full = "a11y-full-" + run;
        String invited = "a11y-invited-" + run;
        created(staff.post("/api/campaigns", campaign(open, Map.of())));
        created(staff.post("/api/campaigns", campaign(notYet, Map.of("opensAt", "2099-01-01"))));
        created(staff.post("/api/campaigns", campaign(full, Map.of("responseCap", 1))));
        created(staff.post("/api/campaigns", campaign(invited, Map.of("accessMode", "invitation"))));
        created(staff.post("/api/campaigns/" + full + "/responses", Map.of("answers", KEKO_ANSWERS)));

        try (Browser browser = Browser.start()) {
            for (String lang : List.of("fi", "sv")) {
                visit(browser, "/s/" + open + "/thanks?lang=" + lang, "thank-you page in " + lang);
                visit(browser, "/s/" + notYet + "?lang=" + lang, "not-open-yet page in " + lang);
                visit(browser, "/s/" + full + "?lang=" + lang, "full page in " + lang);
                visit(browser, "/s/" + invited + "?lang=" + lang, "invitation-only page in " + lang);
                visit(browser, "/s/no-such-survey-" + run + "?lang=" + lang, "not-found page in " + lang);
            }
            for (String lang : List.of("fi", "sv", "en")) {
                visit(browser, "/accessibility?lang=" + lang, "accessibility statement in " + lang);
                visit(browser, "/optout/AAAAAAAAAAAAAAAAAAAAAA?lang=" + lang, "opt-out page in " + lang);
            }
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitTitle("Messages stopped")).startsWith("Messages stopped");
            check(browser, "opt-out done page");
        }
        assertNoViolations();
    }

    @Test
    void theProjectEventAndOrganisationPagesHaveNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String project = "a11y-" + run;
        String event = "a11y-event-" + run;
        fi.mittari.context.ContextFixture.createProject(staff, project);
        fi.mittari.context.ContextFixture.createEvent(staff, event, project);
        staff.send(io.micronaut.http.HttpRequest.PUT(
                "/api/projects/" + project + "/goals",
                List.of(Map.of("description", "More partners", "indicator", "found_new_partners", "target", 0.4))));
        staff.send(io.micronaut.http.HttpRequest.PUT(
                "/api/events/" + event + "/participation",
                List.of(Map.of("sector", "kela", "region", "lappi", "participants", 4))));
        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
            visit(browser, "/staff/projects", "project list");
            visit(browser, "/staff/projects/new", "project form");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "project form with errors");
            visit(browser, "/staff/projects/" + project, "project page");
            visit(browser, "/staff/events/" + event, "event page");
            visit(browser, "/staff/events/" + event + "/participation", "participation form");
            browser.type("#participants-1", "kolme");
            browser.click("form[action$=participation] button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "event page with count errors");
            visit(browser, "/staff/organisations", "organisation list");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "organisation form with errors");
        }
        assertNoViolations();
    }

    @Test
    void theIndicatorAndJobPagesHaveNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String project = "a11y-ind-" + run;
        fi.mittari.context.ContextFixture.createProject(staff, project);
        for (String event : List.of("a11y-ind-1-" + run, "a11y-ind-2-" + run)) {
            fi.mittari.context.ContextFixture.createEvent(staff, event, project);
            staff.send(io.micronaut.http.HttpRequest.PUT(
                    "/api/events/" + event + "/participation",
                    List.of(
                            Map.of("sector", "kela", "region", "lappi", "participants", 12),
                            Map.of("sector", "company", "region", "lappi", "participants", 3))));
        }
        var aggregated = staff.runJob("aggregateIndicators", Map.of("project", project));
        assertThat(aggregated).containsEntry("status", "COMPLETED");
        // an archived report with an email delivery, and a definition to build, for the reports page
        reportCatalog.set(List.of(fi.mittari.report.archive.ReportFixture.definition(
                "a11y-report-" + run, List.of(project), List.of("funder@example.org"))));
        fi.mittari.report.archive.ReportFixture.archive(
                reports,
                "a11y-report-" + run,
                List.of(project),
                List.of("funder@example.org"),
                fi.mittari.report.archive.ReportFixture.file(1200));
        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
            visit(browser, "/staff/indicators?project=" + project, "indicator results of a project");
            assertThat(browser.pageSource()).contains("<table");
            visit(browser, "/staff/indicators?project=" + project + "&from=1990-01-01&to=1990-12-31", "no results");
            assertThat(browser.pageSource()).contains("ei ole vielä tuloksia");
            visit(browser, "/staff/indicators?from=1.1.2026", "indicator results with errors");
            visit(browser, "/staff/jobs/" + aggregated.get("id"), "job run");
            visit(browser, "/staff/reports", "report list");
            assertThat(browser.pageSource())
                    .contains("Muodosta nyt")
                    .contains("sähköpostipalvelinta ei ole määritetty");
            visit(browser, "/staff/jobs", "job list");
            browser.typeDate("#a-from", java.time.LocalDate.of(2026, 5, 1));
            browser.typeDate("#a-to", java.time.LocalDate.of(2026, 4, 1));
            browser.click("#a-submit");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "job form with errors");
        }
        assertNoViolations();
    }

    @Test
    void theLoginAndDesignerPagesHaveNoViolations() throws Exception {
        String key = "a11y-designed-" + run;
        try (Browser browser = Browser.start()) {
            visit(browser, "/login", "login page");
            visit(browser, "/login?failed=true", "login page after a failure");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
            check(browser, "staff home");

            visit(browser, "/staff/questionnaires", "questionnaire list");
            visit(browser, "/staff/campaigns", "campaign list");
            String mailed = "a11y-mailed-" + run;
            created(StaffApi.loginAsAdmin(client.toBlocking())
                    .post("/api/campaigns", campaign(mailed, Map.of("accessMode", "invitation"))));
            visit(browser, "/staff/campaigns/" + mailed, "invitation campaign page with its response rate");
            visit(browser, "/staff/campaigns/" + mailed + "/mail", "email invitations page");
            browser.type("#m-recipients", "ei osoite");
            browser.click("#add-pasted");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "email invitations page with a refused list");
            browser.click("#preview");
            assertThat(browser.awaitSource("preview-result")).contains("preview-result");
            check(browser, "email invitations page with a preview");
            visit(browser, "/staff/campaigns/new", "campaign form");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "campaign form with errors");
            String poster = "a11y-poster-" + run;
            created(StaffApi.loginAsAdmin(client.toBlocking())
                    .post("/api/campaigns", campaign(poster, Map.of("languages", List.of("fi", "sv", "en")))));
            visit(browser, "/staff/campaigns/" + poster, "campaign page with its QR code");
            visit(browser, "/staff/campaigns/" + poster + "/poster", "QR poster of a campaign");
            visit(browser, "/staff/questionnaires/new", "new questionnaire editor");
            browser.clear("#definition");
            browser.type(
                    "#definition",
                    "key: " + key + "\ntitle: {fi: Virheellinen}\nquestions:\n  - key: q\n    type: yes_or_no\n");
            browser.click("button[value=edit]");
            assertThat(browser.awaitTitle("Muokkaa")).startsWith("Muokkaa kyselyä " + key);
            check(browser, "editor with errors");
            visit(browser, "/staff/questionnaires/" + key + "/publish", "publish page of a draft with errors");

            // The preview goes page by page like the form (whose every page SampleQuestionnairesBrowserTest checks):
            // its first page with the staff banner, in Swedish, and its error state.
            for (String sample : List.of("keko-impact", "event-feedback", "coaching-baseline", "coaching-followup")) {
                visit(browser, "/staff/questionnaires/" + sample + "/preview?lang=sv", "preview of " + sample);
                browser.click("main form button[type=submit]");
                assertThat(browser.awaitSource("error-summary")).contains("error-summary");
                check(browser, "preview of " + sample + " after an empty submit");
            }
        }
        assertNoViolations();
    }

    private Map<String, Object> campaign(String slug, Map<String, Object> settings) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Saavutettavuus"));
        body.putAll(settings);
        return body;
    }

    private static void created(io.micronaut.http.HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).as("%s", response.body()).isEqualTo(201);
    }

    private static List<String> sampleQuestionnaires() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("surveys"))) {
            List<String> keys = files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(AccessibilityBrowserTest::keyOf)
                    .toList();
            assertThat(keys).isNotEmpty();
            return keys;
        }
    }

    private static String keyOf(Path file) {
        try {
            var matcher = KEY.matcher(Files.readString(file));
            if (!matcher.find()) {
                throw new AssertionError(file + " has no top-level key");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void visit(Browser browser, String path, String name) throws IOException, InterruptedException {
        browser.open(base + path);
        check(browser, name);
    }

    /**
     * axe on a phone (the window Browser starts with) and on a wide screen, where the matrix becomes a grid; and the
     * reflow criterion axe cannot see: at 320 CSS pixels nothing may stick out sideways.
     */
    private void check(Browser browser, String name) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<AxeViolation> onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(v.toString()));
        browser.resize(WIDE, 900);
        browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .forEach(v -> problems.add("at " + WIDE + " px wide: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements()
                .forEach(e -> problems.add("reflow (WCAG 1.4.10) at " + NARROWEST + " px wide: " + e));
        browser.resize(PHONE, 900);
        checked.add(new CheckedPage(name, browser.url(), problems));
    }

    private void assertNoViolations() {
        List<CheckedPage> failing =
                checked.stream().filter(p -> !p.problems().isEmpty()).toList();
        if (!failing.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations on "
                    + failing.size() + " of "
                    + checked.size() + " pages:\n\n"
                    + failing.stream().map(CheckedPage::toString).collect(Collectors.joining("\n\n")));
        }
    }

    /** A page axe looked at, and what it found. */
    private record CheckedPage(String name, String url, List<String> problems) {
        @Override
        public String toString() {
            return name + " <" + url + ">"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
        }
    }
}
