package fi.mittari.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.mittari.campaign.Campaigns;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.response.persistence.ResponseRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

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
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ReportArchive reports;

    @Test
    void loadsTheKekoDemoWithItsFiguresAndAWorkbook() throws InterruptedException {
        long campaignId = campaigns.bySlug(DemoData.CAMPAIGN_SLUG).orElseThrow().id();
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(100);
        // the demo's jobs run in the background after start-up
        await().atMost(Duration.ofMinutes(1)).until(() -> !reports.list().isEmpty());
        // one workbook per report definition: the test catalog has one, keko-demo
        assertThat(reports.list()).singleElement().satisfies(r -> assertThat(r.reportCode())
                .isEqualTo("keko-demo"));
        // the engine's total of found_new_partners as the demo's aggregateIndicators run published it for keko's
        // project
        // period (2017–2019 in SeedScenario; the report job may refresh other periods of its own)
        Map<String, Object> partners = jdbc.queryForMap(
                """
                SELECT numerator, denominator, result_value
                  FROM indicator_value
                 WHERE project_code = 'keko' AND period_from = DATE '2017-01-01' AND period_to = DATE '2019-12-31'
                   AND indicator_code = 'found_new_partners' AND breakdown_key = ''
                """,
                Map.of());
        assertThat(((Number) partners.get("numerator")).longValue()).isEqualTo(53);
        assertThat(((Number) partners.get("denominator")).longValue()).isEqualTo(100);
        // "53 %" in the 2019 article: 53 / 100
        assertThat((BigDecimal) partners.get("result_value")).isEqualByComparingTo("0.530");
    }
}
