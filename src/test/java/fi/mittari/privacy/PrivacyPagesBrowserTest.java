package fi.mittari.privacy;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * axe-core (WCAG 2.1 A and AA) at 390 and 1200 px, and no sideways scrolling at 320 px, on the privacy pages: the
 * overview with a due campaign, after "run now", with a refused rule; the erasure form, its confirmation and a refused
 * request; the access form; the privacy notice details, also refused. The forms are used by keyboard-reachable buttons, without any script of the page's own.
 */
@MicronautTest(transactional = false)
class PrivacyPagesBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    private final List<String> failures = new ArrayList<>();

    @Test
    void thePrivacyPagesHaveNoViolations() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        var data = new PrivacyFixture(StaffApi.loginAsAdmin(client.toBlocking()), jdbc, zone);
        String project = data.project("selain-tietosuoja", LocalDate.of(2019, 1, 31), 1, "DELETE");
        String slug = data.campaign("selain-tietosuoja", project, null, null, null);
        data.respond(slug, "ST-1", "fi", LocalDate.of(2019, 1, 10));
        data.respond(slug, "ST-2", "fi", LocalDate.of(2019, 1, 11));

        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            browser.awaitSource("Kirjaudu ulos");

            visit(browser, base + "/staff/privacy", "privacy overview with a due campaign");
            assertThat(browser.pageSource()).contains(slug);

            browser.type("#f-target", project);
            browser.type("#f-months", "kaksi");
            browser.click("#rule-save");
            browser.awaitSource("error-summary");
            check(browser, "privacy overview with a refused rule");

            browser.click("#run-now");
            browser.awaitSource("Säilytysajo suoritettu");
            check(browser, "privacy overview after run now");
            assertThat(data.responses(slug)).isZero();

            visit(browser, base + "/staff/privacy/erasure", "erasure form");
            browser.click("#f-kind-response");
            browser.type("#f-response", "ei-numero");
            browser.click("#person-submit");
            browser.awaitSource("error-summary");
            check(browser, "erasure form with a refused request");

            browser.click("#f-kind");
            browser.type("#f-project", project);
            browser.type("#f-pseudonym", "ST-1");
            browser.click("#person-submit");
            browser.awaitSource("Vahvista poisto");
            check(browser, "erasure confirmation");

            visit(browser, base + "/staff/privacy/access", "access form");

            visit(browser, base + "/staff/privacy/notice", "privacy notice details");
            browser.type("#f-campaign", "ei-keraysta-" + data.suffix);
            browser.click("#notice-save");
            browser.awaitSource("error-summary");
            check(browser, "privacy notice details with an unknown campaign");
        }
        if (!failures.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n\n"
                    + String.join("\n\n", failures));
        }
    }

    private void visit(Browser browser, String url, String name) throws IOException, InterruptedException {
        browser.open(url);
        check(browser, name);
    }

    private void check(Browser browser, String name) throws IOException, InterruptedException {
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
