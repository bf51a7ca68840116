package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A and AA) on the project and organisation pages at 390 and 1200 px, and no sideways scrolling at
 * 320 px: the list, the project form with errors, a project's page with goals, events and coached participants (also
 * with a refused goal and a refused coached participant), a goal's and a coached participant's own pages, and the
 * organisations with a refused form.
 */
@MicronautTest(transactional = false)
class ProjectPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    private final List<String> failures = new ArrayList<>();
    private String base;
    private String run;

    @BeforeEach
    void requireAxe() {
        Axe.require();
        base = server.getURL().toString();
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theProjectAndOrganisationPagesHaveNoViolations() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String project = "selain-" + run;
        ContextFixture.createProject(staff, project);
        ContextFixture.createEvent(staff, "selain-tilaisuus-" + run, project);
        staff.send(HttpRequest.PUT(
                "/api/projects/" + project + "/goals",
                List.of(
                        Map.of(
                                "description",
                                "Puolet löytää uusia kumppaneita",
                                "indicator",
                                "found_new_partners",
                                "target",
                                0.5,
                                "baseline",
                                0.405),
                        Map.of("description", "Kymmenen verkostoa", "indicator", "regional_networks", "target", 10))));
        staff.post(
                "/api/projects/" + project + "/coached-participants",
                Map.of(
                        "participants",
                        List.of(
                                Map.of("pseudonym", "SB-1", "startedOn", "2026-01-05"),
                                Map.of("pseudonym", "SB-2", "startedOn", "2026-02-01", "endedOn", "2026-06-30"))));

        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            browser.awaitSource("Kirjaudu ulos");

            visit(browser, "/staff/projects", "project list");
            visit(browser, "/staff/projects/new", "new project form");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("Hanketta ei lisätty");
            check(browser, "new project form with errors");
            visit(browser, "/staff/projects/" + project + "/edit", "project edit form");

            visit(browser, "/staff/projects/" + project, "project page with goals, events and coached participants");
            assertThat(browser.pageSource()).contains("50&nbsp;%").contains("SB-2");
            browser.type("#g-target", "150");
            browser.click("form[action$=goals] button[type=submit]");
            assertThat(browser.awaitSource("Tavoitetta ei tallennettu")).contains("Tavoite: Täytä tämä kenttä.");
            check(browser, "project page with a refused goal");
            browser.open(base + "/staff/projects/" + project);
            browser.type("#c-pseudonym", "sb-1");
            browser.click("form[action$=coached] button[type=submit]");
            assertThat(browser.awaitSource("Valmentautujaa ei lisätty")).contains("SB-1");
            check(browser, "project page with a refused coached participant");

            browser.open(base + "/staff/projects/" + project);
            browser.click("a[href*='/goals/']");
            browser.awaitSource("Poista tavoite");
            check(browser, "goal page");
            visit(browser, "/staff/projects/" + project + "/coached/SB-2", "coached participant page");

            visit(browser, "/staff/organisations", "organisation list");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("Organisaatiota ei lisätty");
            check(browser, "organisation form with errors");
        }
        if (!failures.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n\n"
                    + String.join("\n\n", failures));
        }
    }

    private void visit(Browser browser, String path, String name) throws IOException, InterruptedException {
        browser.open(base + path);
        check(browser, name);
    }

    /** axe on a phone and on a wide screen; at 320 CSS pixels nothing may stick out sideways (WCAG 1.4.10). */
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
        if (!problems.isEmpty()) {
            failures.add(name + " <" + browser.url() + ">"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
    }
}
