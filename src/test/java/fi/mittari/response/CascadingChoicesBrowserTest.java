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
 * With JavaScript on, a choice filter over a question on the same page hides the dropped choices as the respondent
 * answers and unticks one that no longer fits; the page stays accessible.
 */
@MicronautTest(transactional = false)
class CascadingChoicesBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theMunicipalitiesFollowTheRegionChosenOnTheSamePage() throws Exception {
        String slug = "cascade-live-" + Long.toString(System.nanoTime(), 36);
        CascadingChoicesFixture.publishAndOpen(StaffApi.loginAsAdmin(client.toBlocking()), slug);

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug);
            browser.click("#q-region-uusimaa");
            browser.click("button[value=next]");
            browser.awaitSource("Sivu 2/3");
            browser.click("#q-municipality-espoo");
            browser.click("button[value=next]");
            browser.awaitSource("Sivu 3/3");

            String helsinki = "[data-key=cottage_municipality] .choice:has(#q-cottage_municipality-helsinki)";
            String tampere = "[data-key=cottage_municipality] .choice:has(#q-cottage_municipality-tampere)";
            assertThat(browser.style(helsinki, "display"))
                    .as("nothing is kept before the region is chosen")
                    .isEqualTo("none");

            browser.click("#q-cottage_region-pirkanmaa");
            assertThat(browser.style(tampere, "display")).isEqualTo("flex");
            assertThat(browser.style(helsinki, "display")).isEqualTo("none");
            browser.click("#q-cottage_municipality-tampere");

            browser.click("#q-cottage_region-uusimaa");
            assertThat(browser.style(helsinki, "display")).isEqualTo("flex");
            assertThat(browser.style(tampere, "display")).isEqualTo("none");
            assertThat(browser.isSelected("#q-cottage_municipality-tampere"))
                    .as("a choice the new region drops is unticked")
                    .isFalse();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.click("#q-cottage_municipality-helsinki");
            browser.click("button[value=send]");
            assertThat(browser.awaitTitle("Kiitos")).startsWith("Kiitos");
        }
    }
}
