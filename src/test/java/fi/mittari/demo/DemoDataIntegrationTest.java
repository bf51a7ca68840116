package fi.mittari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.indicator.IndicatorResults;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.response.persistence.ResponseRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees on first start: the KeKo demo with the article's 53 %, and a first workbook of each report
 * definition (here a test catalog's one, built from a test double's content until the real preparation is merged).
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.demo", value = "true")
@Property(name = "test.reports", value = "doubles")
@Property(name = "test.preparing", value = "double")
@Property(name = "test.reports.initial", value = "keko-demo:keko")
class DemoDataIntegrationTest {

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    IndicatorResults results;

    @Inject
    ReportArchive reports;

    @Test
    void loadsTheKekoDemoWithItsFiguresAndAWorkbook() throws InterruptedException {
        long campaignId = campaigns.bySlug(DemoData.CAMPAIGN_SLUG).orElseThrow().id();
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(100);
        // the demo's jobs run in the background after start-up
        for (int i = 0; i < 600 && reports.list().isEmpty(); i++) {
            Thread.sleep(100);
        }
        // one workbook per report definition: the test catalog has one, keko-demo
        assertThat(reports.list()).singleElement().satisfies(r -> assertThat(r.reportCode())
                .isEqualTo("keko-demo"));
        var partners = results.stored(campaignId).share("new_partners", "yes").orElseThrow();
        assertThat(partners.numerator()).isEqualTo(53);
        assertThat(partners.denominator()).isEqualTo(100);
        assertThat(partners.share()).isEqualByComparingTo("0.5300"); // "53 %" in the 2019 article
    }
}
