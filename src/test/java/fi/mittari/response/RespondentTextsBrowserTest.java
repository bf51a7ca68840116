package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With the script on, a condition using round() follows the answer as the server would decide it, and the texts the
 * server writes in the respondent's language (bounds, choices' labels, times) read the same on a phone-sized screen.
 * The screenshots land in target/respondent-texts for a person to look at.
 */
@MicronautTest(transactional = false)
class RespondentTextsBrowserTest {

    private static final String FOLLOW_UP = "[data-key=three_hours]";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aConditionRoundingAnAnswerFollowsItAsTheServerRoundsHalfAwayFromZero() throws Exception {
        String slug = RespondentTextsFixture.open(StaffApi.loginAsAdmin(client.toBlocking()), "round");
        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug);
            assertThat(browser.style(FOLLOW_UP, "display")).isEqualTo("none");
            browser.type("#q-hours", "2,5");
            assertThat(browser.style(FOLLOW_UP, "display"))
                    .as("2.5 rounds to 3, as on the server")
                    .isEqualTo("block");
            browser.clear("#q-hours");
            browser.type("#q-hours", "2.49");
            assertThat(browser.style(FOLLOW_UP, "display")).isEqualTo("none");
        }
    }

    @Test
    void finnishAndSwedishTextsReadWellOnANarrowScreen() throws Exception {
        String slug = RespondentTextsFixture.open(StaffApi.loginAsAdmin(client.toBlocking()), "narrow");
        Path shots = Files.createDirectories(Path.of("target", "respondent-texts"));
        for (String language : new String[] {"fi", "sv"}) {
            try (Browser browser = Browser.start(Browser.Options.in(language, true))) {
                browser.resize(390, 900);
                browser.open(server.getURL() + "/s/" + slug + "?lang=" + language);
                browser.type("#q-name", "Aino");
                set(browser, "q-arrived", "06:30");
                set(browser, "q-started", "2026-12-03T09:30");
                set(browser, "q-visited", "2027-01-01");
                browser.click("button[value=next]");
                browser.awaitSource("error-summary");
                assertThat(browser.pageSource())
                        .contains(language.equals("fi") ? "aikaisintaan 7.00" : "tidigast 7.00");
                assertThat(browser.overflowingElements()).isEmpty();
                browser.screenshot(shots.resolve(language + "-bounds.png"));

                set(browser, "q-arrived", "07:05");
                set(browser, "q-visited", "2026-12-03");
                browser.click("button[value=next]");
                browser.awaitSource("Aino)");
                assertThat(browser.pageSource()).contains(language.equals("fi") ? "Saavuit 7.05" : "Du kom 7.05");
                assertThat(browser.overflowingElements()).isEmpty();
                browser.screenshot(shots.resolve(language + "-texts.png"));
            }
        }
    }

    /** A picker's value as the picker sends it; typing into one depends on the browser's locale. */
    private static void set(Browser browser, String id, String value) throws Exception {
        browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
