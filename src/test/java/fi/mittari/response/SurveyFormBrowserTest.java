package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
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

/** A respondent in a real (headless) Chromium on a phone-sized screen, without any JavaScript of ours. */
@MicronautTest(transactional = false)
class SurveyFormBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Test
    void aRespondentFixesAMissingAnswerAndSubmits() throws Exception {
        StaffApi.loginAsAdmin(client.toBlocking())
                .post("/api/campaigns", Map.of("slug", "browser", "questionnaire", "keko-impact", "title", "Browser"));
        long campaignId = campaigns.bySlug("browser").orElseThrow().id();

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/browser");
            assertThat(browser.title()).isEqualTo("KeKo-hankkeen vaikuttavuuskysely");

            browser.click("#q-new_partners-yes");
            browser.type("#q-comments", "Hyvä <b>verkosto</b>");
            browser.click("button[type=submit]");
            assertThat(browser.awaitTitle("Vastauksissa")).startsWith("Vastauksissa on 4 korjattavaa");
            assertThat(browser.pageSource()).contains("&lt;b&gt;verkosto&lt;/b&gt;");
            assertThat(responses.countByCampaignId(campaignId)).isZero();

            browser.click("a[href='#q-region-uusimaa']");
            assertThat(browser.focusedId()).isEqualTo("q-region-uusimaa");
            browser.click("#q-region-lappi");
            browser.click("#q-topical_knowledge-partly");
            browser.click("#q-employment_knowledge-yes");
            browser.click("#q-organisation_type-third_sector");
            browser.click("#q-usefulness-9");
            browser.click("button[type=submit]");
            assertThat(browser.awaitTitle("Kiitos")).isEqualTo("Kiitos vastauksestasi!");
        }
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);
    }
}
