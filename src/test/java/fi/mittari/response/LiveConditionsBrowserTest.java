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
import org.junit.jupiter.api.Test;

/**
 * With JavaScript on, a question whose condition depends on the same page appears and disappears as the respondent
 * answers (assets/conditions.js, allowed by the content security policy as Mittari's own script); what the server
 * stores does not depend on it.
 */
@MicronautTest(transactional = false)
class LiveConditionsBrowserTest {

    private static final String ACTIVITIES = "[data-key=partner_activities]";

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
    void aFollowUpQuestionAppearsOnlyAfterTheAnswerThatAsksForIt() throws Exception {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign("live", "keko-impact", "Live");
        long campaignId = campaigns.bySlug("live").orElseThrow().id();

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/live");
            assertThat(browser.style(ACTIVITIES, "display"))
                    .as("hidden until new partners are found")
                    .isEqualTo("none");

            browser.click("#q-new_partners-yes");
            assertThat(browser.style(ACTIVITIES, "display")).isEqualTo("block");
            browser.click("#q-partner_activities-client_pathways");

            browser.click("#q-new_partners-no");
            assertThat(browser.style(ACTIVITIES, "display")).isEqualTo("none");
            browser.click("#q-new_partners-yes");
            assertThat(browser.style(ACTIVITIES, "display"))
                    .as("shown again, with the choice still ticked")
                    .isEqualTo("block");
            assertThat(browser.pageSource()).doesNotContain("Refused to execute");

            browser.click("#q-topical_knowledge-yes");
            browser.click("#q-employment_knowledge-partly");
            browser.click("#q-usefulness-8");
            browser.click("button[value=next]");
            browser.awaitSource("Sivu 2/3");
            browser.click("#q-region-lappi");
            browser.click("#q-organisation_type-third_sector");
            browser.click("button[value=next]");
            browser.awaitSource("Sivu 3/3");
            browser.click("button[value=send]");
            assertThat(browser.awaitTitle("Kiitos")).startsWith("Kiitos");
        }
        long id = responses.findAll().stream()
                .filter(r -> r.campaignId() == campaignId)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(answers.findByResponseIdOrderById(id))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("new_partners", "yes"),
                        org.assertj.core.groups.Tuple.tuple("partner_activities", "client_pathways"));
    }
}
