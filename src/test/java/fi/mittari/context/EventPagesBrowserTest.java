package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.context.ImportPreviews.Kind;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.PageActions;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A and AA) on the event pages in Chromium, on a phone (390 px) and a wide screen (1200 px), and
 * no sideways scrolling at 320 px: the list, the form with errors, an event with participation, the participation
 * form with errors, and the import preview with rows and with problems; then an event added as a person adds one.
 */
@MicronautTest(transactional = false)
class EventPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ImportPreviews previews;

    private final List<String> problems = new ArrayList<>();
    private String base;
    private String run;

    @BeforeEach
    void requireAxe() {
        Axe.require();
        base = server.getURL().toString();
        // the MariaDB database may hold an earlier run's events
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theEventPagesHaveNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String project = "selain-" + run;
        String event = "SELAIN-" + run;
        ContextFixture.createProject(staff, project);
        ContextFixture.createEvent(staff, event, project);
        staff.post("/api/organisations", Map.of("name", "Lapin Yrittäjät " + run, "sector", "company"));
        staff.send(HttpRequest.PUT(
                "/api/events/" + event + "/participation",
                List.of(
                        Map.of("sector", "kela", "region", "lappi", "participants", 4),
                        Map.of(
                                "sector",
                                "company",
                                "region",
                                "lappi",
                                "organisation",
                                "Lapin Yrittäjät " + run,
                                "participants",
                                12))));
        String rows = previews.hold(
                StaffApi.ADMIN,
                Kind.PARTICIPATION,
                "osallistujat.csv",
                sheet("event,sector,region,organisation,participants\n" + event + ",third_sector,kainuu,,9\n"));
        String errors = previews.hold(
                StaffApi.ADMIN,
                Kind.EVENTS,
                "tilaisuudet.csv",
                sheet("code,project,name,starts_on,ends_on,region,event_type,theme\n" + "X-" + run
                        + ",ei-ole,Huono,1.4.2026,2026-04-01,atlantis,training,\n"));

        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            assertThat(browser.awaitSource("/logout")).contains("/logout");

            visit(browser, "/staff/events?project=" + project, "event list");
            visit(browser, "/staff/events/new", "new event form");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "new event form with errors");
            visit(browser, "/staff/events/" + event, "event with participation");
            assertThat(browser.pageSource()).contains("Lapin Yrittäjät " + run).contains("Yhteensä");
            visit(browser, "/staff/events/" + event + "/participation", "participation form");
            browser.type("#participants-2", "kolme");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "participation form with errors");
            visit(browser, "/staff/events/import", "import form");
            visit(browser, "/staff/events/import/" + rows, "import preview with rows");
            assertThat(browser.pageSource()).contains("Tallennettavia osallistujarivejä: 1");
            visit(browser, "/staff/events/import/" + errors, "import preview with problems");
            assertThat(browser.pageSource()).contains("atlantis");

            addAnEventByItsLabels(browser, project);
        }
        if (!problems.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n"
                    + problems.stream().collect(Collectors.joining("\n")));
        }
    }

    /** The way a person adds an event: by the words on the page, choosing the project and codes by name. */
    private void addAnEventByItsLabels(Browser browser, String project) throws IOException, InterruptedException {
        PageActions page = new PageActions(browser);
        browser.open(base + "/staff/events?project=" + project);
        page.follow("Lisää tilaisuus");
        page.awaitHeading("Uusi tilaisuus");
        page.fill("Tunnus", "KAVELY-" + run);
        page.choose("Hanke", "Project " + project);
        page.fill("Nimi", "Työpaja Kemijärvellä");
        browser.typeDate(page.field("Alkamispäivä"), LocalDate.of(2026, 6, 1));
        browser.typeDate(page.field("Päättymispäivä"), LocalDate.of(2026, 6, 2));
        page.choose("Maakunta", "Lappi");
        page.choose("Tilaisuuden tyyppi", "Työpaja");
        page.press("Lisää tilaisuus");
        String shown = page.awaitHeading("Työpaja Kemijärvellä");
        assertThat(shown).contains("Tilaisuus lisättiin.", "<dd>Lappi</dd>", "<dd>Työpaja</dd>", "1.6.2026–2.6.2026");
    }

    private void visit(Browser browser, String path, String name) throws IOException, InterruptedException {
        browser.open(base + path);
        check(browser, name);
    }

    private void check(Browser browser, String name) throws IOException, InterruptedException {
        List<AxeViolation> onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(name + ": " + v));
        browser.resize(WIDE, 900);
        browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .forEach(v -> problems.add(name + " at " + WIDE + " px: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements()
                .forEach(e -> problems.add(name + ": reflow (WCAG 1.4.10) at " + NARROWEST + " px: " + e));
        browser.resize(PHONE, 900);
    }

    private static ResponseSheet sheet(String csv) {
        return ((SheetReading.Read) ResponseSheet.csv(csv.getBytes(StandardCharsets.UTF_8), 10)).sheet();
    }
}
