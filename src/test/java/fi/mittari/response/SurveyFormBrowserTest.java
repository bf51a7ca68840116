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

/**
 * A respondent in a real (headless) Chromium on a phone-sized screen: page by page,
 * an error fixed through the error summary, Back keeping the answers, then Send.
 */
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
            browser.click("button[value=next]");
            assertThat(browser.awaitTitle("Vastauksissa")).startsWith("Vastauksissa on 2 korjattavaa");
            assertThat(browser.focusedId())
                    .as("focus starts at the error summary")
                    .isEqualTo("error-summary");
            assertThat(responses.countByCampaignId(campaignId)).isZero();

            browser.click("a[href='#q-topical_knowledge-yes']");
            assertThat(browser.focusedId()).isEqualTo("q-topical_knowledge-yes");
            browser.click("#q-topical_knowledge-partly");
            browser.click("#q-employment_knowledge-yes");
            browser.click("#q-usefulness-9");
            browser.click("button[value=next]");
            assertThat(browser.awaitSource("Sivu 2/3")).contains("q-region");
            browser.click("#q-region-lappi");
            browser.click("#q-organisation_type-third_sector");
            browser.click("button[value=next]");
            assertThat(browser.awaitSource("Sivu 3/3")).contains("q-comments");

            browser.type("#q-comments", "Hyvä <b>verkosto</b>");
            browser.click("button[value=back]");
            assertThat(browser.awaitSource("Sivu 2/3")).containsPattern("id=\"q-region-lappi\"[^>]*checked");
            browser.click("button[value=next]");
            assertThat(browser.awaitSource("Sivu 3/3")).contains("Hyvä &lt;b&gt;verkosto&lt;/b&gt;");
            assertThat(responses.countByCampaignId(campaignId)).isZero();
            browser.click("button[value=send]");
            assertThat(browser.awaitTitle("Kiitos")).isEqualTo("Kiitos vastauksestasi!");
        }
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);
    }
}
