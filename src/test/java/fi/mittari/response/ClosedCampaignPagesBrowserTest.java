package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.persistence.CampaignRepository;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A campaign's link before it opens and after it closes, in a real Chromium in Finnish and Swedish: a plain page that
 * says so with the date (Finnish time), and no WCAG 2.1 A/AA violation.
 */
@MicronautTest(transactional = false)
class ClosedCampaignPagesBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignRepository campaignRepository;

    @Test
    void theClosedAndNotYetOpenPagesShowTheirDatesWithoutViolations() throws Exception {
        Axe.require();
        String run = Long.toString(System.nanoTime(), 36);
        String later = "later-" + run;
        var opened = StaffApi.loginAsAdmin(client.toBlocking())
                .post(
                        "/api/campaigns",
                        Map.of(
                                "slug",
                                later,
                                "questionnaire",
                                "keko-impact",
                                "title",
                                "Myöhemmin",
                                "opensAt",
                                "2099-03-01"));
        assertThat(opened.code()).as("%s", opened.body()).isEqualTo(201);
        // 21:00 UTC is 23.00 in Helsinki (UTC+2 in winter): the page speaks Finnish time.
        // The API refuses a closing time in the past, so the closed campaign is stored as it would be after closing.
        String closed = "closed-" + run;
        campaignRepository.save(new Campaign(
                null,
                closed,
                "Päättynyt",
                campaigns.bySlug(later).orElseThrow().questionnaireVersionId(),
                null,
                Instant.parse("2020-01-31T21:00:00Z"),
                Instant.parse("2019-12-01T00:00:00Z"),
                null,
                AccessMode.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null,
                fi.mittari.campaign.CampaignPurpose.SURVEY));

        try (Browser browser = Browser.start()) {
            var form = new RespondentSteps(browser, "fi", true);
            browser.open(server.getURL() + "/s/" + closed + "?lang=fi");
            assertThat(browser.title()).isEqualTo("Kysely on päättynyt");
            assertThat(browser.pageSource()).contains("Vastausaika päättyi 31.1.2020 23.00");
            form.checkPage("closed, in Finnish");
            browser.open(server.getURL() + "/s/" + closed + "?lang=sv");
            assertThat(browser.title()).isEqualTo("Enkäten har stängts");
            assertThat(browser.pageSource()).contains("Svarstiden gick ut 31.1.2020 23.00");
            form.checkPage("closed, in Swedish");
            browser.open(server.getURL() + "/s/" + later + "?lang=fi");
            assertThat(browser.title()).isEqualTo("Kysely ei ole vielä avoinna");
            assertThat(browser.pageSource()).contains("vastata 1.3.2099");
            form.checkPage("not yet open, in Finnish");
            browser.open(server.getURL() + "/s/" + later + "?lang=sv");
            assertThat(browser.title()).isEqualTo("Enkäten är inte öppen ännu");
            assertThat(browser.pageSource()).contains("från och med 1.3.2099");
            form.checkPage("not yet open, in Swedish");
            assertThat(form.violations()).isEmpty();
        }
    }
}
