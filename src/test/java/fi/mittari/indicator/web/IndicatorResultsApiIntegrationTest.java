package fi.mittari.indicator.web;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
class IndicatorResultsApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestIndicatorCatalog catalog;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Test
    void returnsTheValuesTheJobPublishedForTheScopeWithTheDefinitionsDecimals() {
        new IndicatorFixture(jdbc, questionnaires).alphaAndBeta();
        catalog.set(List.of(
                define(
                        "attendance",
                        0,
                        new Measure.Sum(new Quantity.Attendance()),
                        new Breakdown.ByDimension(Dimension.SECTOR)),
                define(
                        "kela-share",
                        2,
                        new Measure.Proportion(
                                new Quantity.Attendance(),
                                new Filter.DimensionIn(Dimension.SECTOR, List.of("kela")),
                                Optional.empty())),
                define(
                        "partners",
                        2,
                        new Measure.Proportion(
                                new Quantity.Respondents(),
                                new Filter.AnswerIn("outcome.new_partners", List.of("yes")),
                                Optional.empty()))));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var run = staff.runJob(
                "aggregateIndicators", Map.of("project", "alpha", "from", "2026-01-01", "to", "2026-12-31"));
        assertThat(run).containsEntry("status", "COMPLETED");

        var attendance = staff.get("/api/indicators/results?project=alpha&from=2026-01-01&to=2026-12-31"
                        + "&indicator=attendance&breakdown=sector")
                .body();
        assertThat(attendance).containsEntry("project", "alpha").containsEntry("from", "2026-01-01");
        assertThat(values(attendance))
                .extracting(v -> v.get("group") + "=" + v.get("value") + " (" + v.get("label") + ")")
                .containsExactly("kela=16 (Kela)", "te_services=5 (TE-palvelut)", "?=7 (null)");

        // kela 16 of 21 with a known sector: 0.76; every event's attendance is counted (basis collected), a census
        // with no sampling error, so no interval (a sample's would be Wilson's, 0.5491–0.8937)
        var share = values(staff.get("/api/indicators/results?project=alpha&from=2026-01-01&to=2026-12-31"
                                + "&indicator=kela-share")
                        .body())
                .get(0);
        assertThat(share.get("value")).hasToString("0.76");
        assertThat(share).containsEntry("numerator", 16).containsEntry("denominator", 21);
        assertThat(share).doesNotContainKey("interval");
        assertThat(share.get("jobExecution")).isEqualTo(run.get("id"));

        // 4 of 6 respondents is a share over fewer than 10 persons: no figure, a reason
        var partners = values(staff.get("/api/indicators/results?project=alpha&from=2026-01-01&to=2026-12-31"
                                + "&indicator=partners")
                        .body())
                .get(0);
        assertThat(partners)
                .containsEntry("suppressed", true)
                .containsEntry("suppressionReason", "SMALL_BASE")
                .doesNotContainKeys("value", "numerator", "denominator", "n");
    }

    @Test
    void refusesAPeriodThatIsNotADateAndAnUnknownProjectByName() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var badDate = staff.get("/api/indicators/results?from=1.1.2026");
        assertThat(badDate.code()).isEqualTo(422);
        assertThat(badDate.body().get("message").toString()).contains("'from'", "YYYY-MM-DD", "1.1.2026");
        var unknown = staff.get("/api/indicators/results?project=nope");
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body().get("message").toString()).contains("no project with code 'nope'");
        var badJob = staff.post("/api/jobs/aggregateIndicators/executions", Map.of("to", "2026-13-01"));
        assertThat(badJob.code()).isEqualTo(422);
        assertThat(badJob.body().toString()).contains("field=to");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("values");
    }
}
