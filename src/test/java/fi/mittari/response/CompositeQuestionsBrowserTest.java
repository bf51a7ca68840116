package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event feedback's matrix in a real Chromium: stacked groups on a phone, a table on a wide screen. */
@MicronautTest(transactional = false)
class CompositeQuestionsBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @Test
    void aMatrixIsStackedOnAPhoneATableOnAWideScreenAndKeepsItsAnswersThroughAnError() throws Exception {
        StaffApi.loginAsAdmin(client.toBlocking())
                .post(
                        "/api/campaigns",
                        Map.of("slug", "matrix-browser", "questionnaire", "event-feedback", "title", "Matriisi"));
        long campaignId = campaigns.bySlug("matrix-browser").orElseThrow().id();

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/matrix-browser");
            // a phone: no header row, every radio button labelled on screen
            assertThat(browser.style(".matrix-header", "display")).isEqualTo("none");
            assertThat(browser.style(".matrix-choice-label", "position")).isEqualTo("static");

            browser.resize(1200, 900);
            assertThat(browser.style(".matrix-header", "display")).isEqualTo("flex");
            // the header names the columns; screen readers still hear each radio button's own label
            assertThat(browser.style(".matrix-choice-label", "position")).isEqualTo("absolute");
            assertThat(browser.style(".matrix-choices", "display")).isEqualTo("grid");

            browser.click("[id='q-event_rating.venue-good']");
            browser.click("[id='q-got_what_came_for-5']");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitTitle("Vastauksissa")).startsWith("Vastauksissa on 3 korjattavaa");
            assertThat(browser.pageSource()).contains("<input type=\"radio\" id=\"q-event_rating.venue-good\"");

            browser.click("#q-sector-third_sector");
            browser.click("[id='q-satisfaction-4']");
            browser.click("#q-region option[value='pirkanmaa']");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitTitle("Kiitos")).isEqualTo("Kiitos vastauksestasi!");
        }
        var stored = responses.findAll().stream()
                .filter(r -> r.campaignId() == campaignId)
                .findFirst()
                .orElseThrow();
        assertThat(answers.findByResponseIdOrderById(stored.id()))
                .extracting(AnswerRow::questionKey)
                .contains("event_rating.venue", "got_what_came_for");
    }
}
