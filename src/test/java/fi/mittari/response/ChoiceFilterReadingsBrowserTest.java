package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * With JavaScript on, the form's script keeps the same choices as the server for a repeated choice name kept as one
 * choice and for a filter over the choices' English labels.
 */
@MicronautTest(transactional = false)
class ChoiceFilterReadingsBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theScriptKeepsWhatTheServerKeeps() throws Exception {
        String slug = "readings-live-" + Long.toString(System.nanoTime(), 36);
        ChoiceFilterReadingsFixture.publishAndOpen(StaffApi.loginAsAdmin(client.toBlocking()), slug);

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug);
            String king = "[data-key=county] .choice:has(#q-county-king)";
            String pierce = "[data-key=county] .choice:has(#q-county-pierce)";
            String cameron = "[data-key=county] .choice:has(#q-county-cameron)";

            browser.click("#q-state-texas");
            assertThat(browser.style(king, "display"))
                    .as("King is a county of Texas too")
                    .isEqualTo("flex");
            assertThat(browser.style(cameron, "display")).isEqualTo("flex");
            assertThat(browser.style(pierce, "display")).isEqualTo("none");
            browser.click("#q-state-washington");
            assertThat(browser.style(king, "display")).isEqualTo("flex");
            assertThat(browser.style(pierce, "display")).isEqualTo("flex");
            assertThat(browser.style(cameron, "display")).isEqualTo("none");

            String texas = "[data-key=by_label] .choice:has(#q-by_label-texas)";
            String washington = "[data-key=by_label] .choice:has(#q-by_label-washington)";
            browser.type("#q-word", "Texas");
            assertThat(browser.style(texas, "display"))
                    .as("the English label, though the page shows 'Teksas'")
                    .isEqualTo("flex");
            assertThat(browser.style(washington, "display")).isEqualTo("none");
        }
    }
}
