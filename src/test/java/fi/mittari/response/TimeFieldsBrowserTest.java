package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time and datetime fields on a phone (390 px) in Chromium: pickers with their example in the hint, no WCAG 2.1
 * A/AA violation with or without errors, nothing scrolling sideways, and a value from the picker is sent.
 */
@MicronautTest(transactional = false)
class TimeFieldsBrowserTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Käynnit, sv: Besök, en: Visits}
            questions:
              - key: arrived
                type: time
                required: true
                label: {fi: "Mihin aikaan saavuit?", sv: "När kom du?", en: "When did you arrive?"}
              - key: started
                type: datetime
                required: true
                label: {fi: "Milloin tilaisuus alkoi?", sv: "När började evenemanget?", en: "When did the event start?"}
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void timeFieldsPassAxeOnAPhoneWithAndWithoutErrorsAndSendThePickersValues() throws Exception {
        Axe.require();
        String slug = "time-fields-" + Long.toString(System.nanoTime(), 36);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        PublishedQuestionnaire.publish(staff, slug, YAML);
        staff.openCampaign(slug, slug, "Käynnit");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            browser.resize(390, 900);
            browser.open(server.getURL() + "/s/" + slug);
            assertThat(browser.script("return document.getElementById('q-arrived').type"))
                    .isEqualTo("time");
            assertThat(browser.script("return document.getElementById('q-started').type"))
                    .isEqualTo("datetime-local");
            assertThat(browser.accessibleName("#q-arrived")).contains("Mihin aikaan saavuit?");
            check(browser, "empty form", problems);

            browser.click("button[value=send]");
            assertThat(browser.awaitSource("error-summary")).contains("Vastaa tähän kysymykseen.");
            check(browser, "form with errors", problems);

            browser.script("document.getElementById('q-arrived').value = '09:30';"
                    + " document.getElementById('q-started').value = '2026-12-03T09:30';");
            browser.click("button[value=send]");
            assertThat(browser.awaitSource("Kiitos")).contains("Kiitos");
        }
        assertThat(problems)
                .as("WCAG 2.1 A/AA violations (axe-core %s) and sideways scrolling", Axe.version())
                .isEmpty();
    }

    private static void check(Browser browser, String screen, List<String> problems) throws Exception {
        browser.accessibilityViolations().forEach(v -> problems.add(screen + " at 390 px: " + v));
        browser.overflowingElements().forEach(e -> problems.add(screen + " at 390 px scrolls sideways: " + e));
    }
}
