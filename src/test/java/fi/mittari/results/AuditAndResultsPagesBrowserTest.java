package fi.mittari.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
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
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A and AA) at 390 and 1200 px, and no sideways scrolling at 320 px, on the audit log page (with
 * entries, and with a refused filter), a campaign's results page (with bars, and with a refused period) and its answer
 * export page (as offered, and refused with its problems).
 */
@MicronautTest(transactional = false)
class AuditAndResultsPagesBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    private final List<String> failures = new ArrayList<>();

    @Test
    void theAuditLogResultsAndExportPagesHaveNoViolations() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        String run = Long.toString(System.nanoTime(), 36);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String key = "selain-tulokset-" + run;
        String slug = "selain-tulokset-" + run;
        PublishedQuestionnaire.publish(staff, key, PublishedQuestionnaire.FEEDBACK);
        staff.openCampaign(slug, key, "Selaintulokset");
        for (int i = 0; i < 12; i++) {
            staff.post(
                    "/api/campaigns/" + slug + "/responses",
                    Map.of("answers", Map.of("useful", i < 9 ? "yes" : "no", "grade", 1 + i % 5)));
        }

        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            browser.awaitSource("Kirjaudu ulos");

            visit(browser, base + "/staff/audit", "audit log");
            assertThat(browser.pageSource()).contains("kysely julkaistu").doesNotContain("error-summary");
            visit(browser, base + "/staff/audit?from=eilen&to=2026-01-01", "audit log with a refused filter");
            assertThat(browser.pageSource()).contains("error-summary");

            visit(browser, base + "/staff/campaigns/" + slug + "/results", "results page");
            assertThat(browser.pageSource()).contains("<svg").contains("Keskiarvo");
            // 9 of 12 found it useful, 3 did not: the painted bars are 3 : 1, each in a colour apart from its track
            assertThat(paintedBar(browser, "75")).isCloseTo(3 * paintedBar(browser, "25"), within(1.0));
            assertThat(browser.script("const b = document.querySelector('svg.bar');"
                            + "return getComputedStyle(b.querySelector('.track')).fill"
                            + " !== getComputedStyle(b.querySelector('.share')).fill;"))
                    .isEqualTo(true);
            visit(browser, base + "/staff/campaigns/" + slug + "/results?to=huomenna", "results with a refused period");
            assertThat(browser.pageSource()).contains("error-summary");

            visit(browser, base + "/staff/campaigns/" + slug + "/answers", "answer export page");
            assertThat(browser.pageSource()).contains("x-format-spss");
            visit(
                    browser,
                    base + "/staff/campaigns/" + slug + "/answers/download?format=spss&from=huomenna",
                    "answer export page with a refused form");
            assertThat(browser.pageSource()).contains("error-summary");
        }
        if (!failures.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** The painted width in pixels of the share bar whose accessible name gives {@code percent} %. */
    private static double paintedBar(Browser browser, String percent) throws IOException, InterruptedException {
        Object width = browser.script(
                "const bar = [...document.querySelectorAll('svg.bar')]"
                        + ".find(b => new RegExp('\\\\b' + arguments[0] + '\\\\s*%').test(b.getAttribute('aria-label')));"
                        + "return bar.querySelector('.share').getBoundingClientRect().width;",
                percent);
        return ((Number) width).doubleValue();
    }

    private void visit(Browser browser, String url, String name) throws IOException, InterruptedException {
        browser.open(url);
        List<String> problems = new ArrayList<>();
        List<AxeViolation> onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(v.toString()));
        browser.resize(1200, 900);
        browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .forEach(v -> problems.add("at 1200 px wide: " + v));
        browser.resize(320, 900);
        browser.overflowingElements().forEach(e -> problems.add("reflow (WCAG 1.4.10) at 320 px wide: " + e));
        browser.resize(390, 900);
        if (!problems.isEmpty()) {
            failures.add(name + " <" + browser.url() + ">"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
    }
}
