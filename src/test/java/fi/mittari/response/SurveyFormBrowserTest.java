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
            assertThat(browser.title()).isEqualTo("Sivu 1/3 – KeKo-hankkeen vaikuttavuuskysely");

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

            browser.back();
            assertThat(browser.awaitTitle("Kiitos"))
                    .as("Back after sending says the answers were sent, not that the survey is not found")
                    .isEqualTo("Kiitos vastauksestasi!");
            assertThat(browser.pageSource()).doesNotContain("Hyvä").doesNotContain("<form");
        }
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);
    }

    @Test
    void switchingTheLanguageKeepsTheAnswersOnThePageWithAndWithoutJavaScript() throws Exception {
        StaffApi.loginAsAdmin(client.toBlocking())
                .post("/api/campaigns", Map.of("slug", "switch", "questionnaire", "keko-impact", "title", "Kieli"));
        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(Browser.Options.in("fi", javascript))) {
                browser.open(server.getURL() + "/s/switch");
                browser.click("#q-new_partners-yes");
                browser.click("#q-usefulness-7");
                browser.click("button[lang=sv]");
                assertThat(browser.awaitTitle("Sida 1 av 3")).startsWith("Sida 1 av 3");
                assertThat(browser.isSelected("#q-new_partners-yes")).isTrue();
                assertThat(browser.isSelected("#q-usefulness-7")).isTrue();
                assertThat(browser.pageSource()).doesNotContain("error-summary");

                browser.click("#q-topical_knowledge-yes");
                browser.click("#q-employment_knowledge-no");
                browser.click("button[lang=fi]");
                assertThat(browser.awaitTitle("Sivu 1/3")).startsWith("Sivu 1/3");
                assertThat(browser.isSelected("#q-topical_knowledge-yes")).isTrue();
                assertThat(browser.isSelected("#q-new_partners-yes")).isTrue();
                browser.click("button[value=next]");
                assertThat(browser.awaitTitle("Sivu 2/3")).startsWith("Sivu 2/3");
                browser.click("#q-region-lappi");
                browser.click("#q-organisation_type-other");
                // Enter in a field still means Next, not the language buttons that come first in the page
                browser.type("#q-organisation_type-other-text", "Säätiö\uE007");
                assertThat(browser.awaitTitle("Sivu 3/3")).startsWith("Sivu 3/3");
            }
        }
    }
}
