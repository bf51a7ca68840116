package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The campaign pages in a real Chromium, in Finnish: the list, the form (also with errors), a campaign's page open and
 * closed, and its edit form pass axe-core (WCAG 2.1 A/AA) on a phone and a wide screen and do not scroll sideways at
 * 320 px. With JavaScript the event select offers only the chosen project's events; without it, every project's
 * events in groups, and the server refuses an event of another project on the event field.
 */
@MicronautTest(transactional = false)
class CampaignPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    private String base;
    private String run;

    @BeforeEach
    void projectsWithEvents() {
        base = server.getURL().toString();
        // slugs are named per run: the MariaDB database may hold the campaigns of an earlier run
        run = Long.toString(System.nanoTime(), 36);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "selain-a");
        ContextFixture.createProject(staff, "selain-b");
        ContextFixture.createEvent(staff, "selain-a-kevat", "selain-a");
        ContextFixture.createEvent(staff, "selain-b-kevat", "selain-b");
    }

    @Test
    void theListTheFormWithErrorsAndACampaignOpenAndClosedHaveNoViolations() throws Exception {
        Axe.require();
        String slug = "selain-" + run;
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            logIn(browser);
            browser.open(base + "/staff/campaigns/new");
            assertThat(browser.title()).startsWith("Uusi keräys");
            check(browser, "campaign form", problems);
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("Keräystä ei avattu");
            check(browser, "campaign form with errors", problems);

            browser.type("#c-slug", slug);
            browser.type("#c-title", "Selaimen keräys");
            browser.click("#c-project option[value='selain-a']");
            browser.click("#c-event option[value='selain-a-kevat']");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitTitle("Selaimen keräys")).startsWith("Selaimen keräys");
            assertThat(browser.pageSource())
                    .contains("<dd>Project selain-a</dd>")
                    .contains("<dd>Event selain-a-kevat (12.3.2026)</dd>");
            check(browser, "campaign page, open", problems);

            browser.open(base + "/staff/campaigns");
            assertThat(browser.pageSource()).contains("/s/" + slug);
            check(browser, "campaign list", problems);

            browser.open(base + "/staff/campaigns/" + slug + "/edit");
            assertThat(browser.isSelected("#c-project option[value='selain-a']"))
                    .isTrue();
            check(browser, "campaign edit form", problems);

            browser.open(base + "/staff/campaigns/" + slug);
            browser.click("#close");
            assertThat(browser.awaitSource("Avaa keräys uudelleen")).contains("Keräys on suljettu.");
            check(browser, "campaign page, closed", problems);
            browser.typeDate("#r-closesAt", java.time.LocalDate.of(2020, 1, 31));
            browser.click("#reopen");
            assertThat(browser.awaitSource("r-closesAt-error")).contains("tänään tai myöhemmin");
            check(browser, "campaign page, reopening refused", problems);
        }
        assertThat(problems)
                .as("WCAG 2.1 A/AA violations (axe-core %s) and reflow", Axe.version())
                .isEmpty();
    }

    @Test
    void withJavaScriptTheEventSelectOffersOnlyTheChosenProjectsEvents() throws Exception {
        try (Browser browser = Browser.start()) {
            logIn(browser);
            browser.open(base + "/staff/campaigns/new");
            assertThat(browser.has("#c-event option[value='selain-a-kevat']")).isTrue();
            assertThat(browser.has("#c-event option[value='selain-b-kevat']")).isTrue();

            browser.click("#c-project option[value='selain-a']");
            assertThat(browser.has("#c-event option[value='selain-a-kevat']")).isTrue();
            assertThat(browser.has("#c-event option[value='selain-b-kevat']")).isFalse();
            browser.click("#c-event option[value='selain-a-kevat']");

            browser.click("#c-project option[value='selain-b']");
            assertThat(browser.has("#c-event option[value='selain-a-kevat']")).isFalse();
            assertThat(browser.valueOf("#c-event"))
                    .as("an event of another project is let go")
                    .isEmpty();

            browser.click("#c-project option[value='']");
            browser.click("#c-event option[value='selain-a-kevat']");
            assertThat(browser.valueOf("#c-project"))
                    .as("an event chosen first chooses its project")
                    .isEqualTo("selain-a");
        }
    }

    @Test
    void withoutJavaScriptTheServerRefusesAnotherProjectsEventOnTheEventField() throws Exception {
        String slug = "ilman-js-" + run;
        try (Browser browser = Browser.start(Browser.Options.in("fi", false))) {
            assertThat(browser.runsPageScripts()).isFalse();
            logIn(browser);
            browser.open(base + "/staff/campaigns/new");
            browser.type("#c-slug", slug);
            browser.type("#c-title", "Ilman skriptejä");
            browser.click("#c-project option[value='selain-a']");
            assertThat(browser.has("#c-event optgroup[label='Project selain-b'] option[value='selain-b-kevat']"))
                    .as("every project's events, in groups")
                    .isTrue();
            browser.click("#c-event option[value='selain-b-kevat']");
            browser.click("main form button[type=submit]");

            assertThat(browser.awaitSource("c-event-error"))
                    .contains("Tilaisuus Event selain-b-kevat kuuluu hankkeeseen Project selain-b.");
            assertThat(browser.isSelected("#c-project option[value='selain-a']"))
                    .isTrue();
            assertThat(browser.valueOf("#c-title")).isEqualTo("Ilman skriptejä");

            browser.click("#c-event option[value='selain-a-kevat']");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitTitle("Ilman skriptejä")).startsWith("Ilman skriptejä");
            assertThat(browser.pageSource()).contains("<dd>Event selain-a-kevat (12.3.2026)</dd>");
        }
    }

    private void logIn(Browser browser) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", StaffApi.ADMIN);
        browser.type("#password", StaffApi.ADMIN_PASSWORD);
        browser.click("button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }

    /** axe on a phone and on a wide screen, and at 320 CSS pixels nothing may stick out sideways (WCAG 1.4.10). */
    private static void check(Browser browser, String name, List<String> problems)
            throws IOException, InterruptedException {
        var onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(name + " at " + PHONE + " px: " + v));
        browser.resize(WIDE, 900);
        browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .forEach(v -> problems.add(name + " at " + WIDE + " px: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements().forEach(e -> problems.add(name + ", reflow at " + NARROWEST + " px: " + e));
        browser.resize(PHONE, 900);
    }
}
