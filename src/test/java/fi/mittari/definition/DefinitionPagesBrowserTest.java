package fi.mittari.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The definitions pages in a real Chromium, without help from scripts: the list (with a file shadowed by a browser
 * version), a definition's history, the editor (new, with errors, and refused on publish). axe-core (WCAG 2.1 A/AA)
 * on a phone and a wide screen, and no sideways scrolling at 320 px.
 */
@MicronautTest(transactional = false)
class DefinitionPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    @Inject
    EditingDefinitions editing;

    private final List<String> problems = new ArrayList<>();
    private String base;

    @BeforeEach
    void requireAxe() {
        Axe.require();
        base = server.getURL().toString();
    }

    @Test
    void theDefinitionPagesHaveNoViolations() throws Exception {
        String code = "a11y_" + Long.toString(System.nanoTime(), 36);
        editing.save(DefinitionKind.INDICATOR, "events", DefinitionFixture.events("Tapahtumat", 0), "anna");
        editing.publish(DefinitionKind.INDICATOR, "events", "anna");
        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            browser.awaitSource("<main");

            visit(browser, "/staff/definitions", "definition list");
            assertThat(browser.pageSource()).contains("Tapahtumat").contains("batch/indicators/keko.yaml");
            visit(browser, "/staff/definitions/indicator/events", "history of a definition");
            assertThat(browser.pageSource()).contains("/staff/definitions/indicator/events/versions/2");
            visit(browser, "/staff/definitions/report/keko-stea", "history of a report");

            visit(browser, "/staff/definitions/indicator/new", "new indicator editor");
            browser.clear("#yaml");
            browser.type(
                    "#yaml",
                    DefinitionFixture.events("Uusi", 0)
                            .replace("code: events", "code: " + code)
                            .replace("count: events", "count: evnts"));
            browser.click("button[value=edit]");
            assertThat(browser.awaitSource("line-problems")).contains("evnts");
            check(browser, "editor with errors");
            browser.click("button[value=publish]");
            // the editor with errors (…/edit?saved) holds an error summary too: wait for the refused publish's page
            assertThat(browser.awaitUrlEnding("/edit")).endsWith("/staff/definitions/indicator/" + code + "/edit");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "editor refused on publish");
            visit(browser, "/staff/definitions/report/new", "new report editor");
        }
        if (!problems.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n\n"
                    + problems.stream().collect(Collectors.joining("\n\n")));
        }
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
                .forEach(v -> problems.add(name + " at " + WIDE + " px wide: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements()
                .forEach(e -> problems.add(name + ": reflow (WCAG 1.4.10) at " + NARROWEST + " px wide: " + e));
        browser.resize(PHONE, 900);
    }
}
