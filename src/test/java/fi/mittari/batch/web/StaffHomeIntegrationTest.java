package fi.mittari.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A coordinator's home: each project's responses of the week, its open campaigns and its goals against their targets,
 * the next scheduled funder reports, and a failed delivery among what needs attention.
 */
@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
@Property(name = "test.reports", value = "doubles")
class StaffHomeIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    TestIndicatorCatalog indicators;

    @Inject
    TestReportCatalog reports;

    @Inject
    ReportArchive archive;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void aCoordinatorSeesTheWeekTheGoalsTheNextReportsAndWhatFailed() throws Exception {
        String project = "home-" + run;
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long id = fixture.project(project, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long version = fixture.questionnaire(IndicatorFixture.FEEDBACK);
        long campaign = fixture.campaign("home-survey-" + run, version, id, null, "SURVEY");
        fixture.response(campaign, version, LocalDateTime.now().minusHours(1), Map.of());
        fixture.response(campaign, version, LocalDateTime.now().minusDays(20), Map.of());
        indicators.set(List.of(new IndicatorDefinition(
                "home-events",
                new LocalizedText(Map.of(Language.FI, "Tilaisuudet " + run, Language.EN, "Events")),
                LocalizedText.of(Language.FI, "Tilaisuudet"),
                LocalizedText.of(Language.FI, "tilaisuutta"),
                0,
                DataBasis.COLLECTED,
                new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                Population.everything(),
                List.of(),
                List.of(),
                "test:home-events")));
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.send(HttpRequest.PUT(
                "/api/projects/" + project + "/goals",
                List.of(Map.of("description", "Tilaisuuksia", "indicator", "home-events", "target", 30))));
        var scheduled = ReportFixture.definition("home-report-" + run, List.of(project), List.of("funder@example.org"));
        reports.set(List.of(new ReportDefinition(
                scheduled.code(),
                scheduled.title(),
                scheduled.language(),
                scheduled.projects(),
                scheduled.period(),
                scheduled.indicators(),
                scheduled.breakdowns(),
                scheduled.contact(),
                scheduled.recipients(),
                Optional.of("0 0 6 1 * *"),
                scheduled.options(),
                scheduled.employment(),
                scheduled.sourceName(),
                scheduled.line())));
        long report = ReportFixture.archive(
                archive, "home-failed-" + run, List.of(project), List.of("funder@example.org"), ReportFixture.file(10));
        jdbc.update("UPDATE report_delivery SET status = 'FAILED' WHERE report_id = :id", Map.of("id", report));

        String home = admin.exchange(HttpRequest.GET("/staff").accept(MediaType.TEXT_HTML_TYPE), Argument.STRING)
                .body();
        String card = home.substring(home.indexOf("id=\"hp-" + project + "\""));
        card = card.substring(0, Math.max(card.indexOf("</section>"), 0));
        assertThat(card)
                .contains("Project " + project)
                // one of the two responses was sent within the week
                .contains("Vastauksia viimeisten 7 päivän aikana: 1")
                .contains("home-survey-" + run)
                .contains("Tilaisuudet " + run)
                .contains(">30</td>")
                .contains("href=\"/staff/projects/" + project + "/indicators\"");
        assertThat(home)
                .contains("Seuraavat ajastetut rahoittajaraportit")
                .contains("Raportti home-report-" + run + ": ")
                .contains("Vaatii huomiota")
                .containsPattern("Raportin [^<]*home-failed-" + run + "[^<]* toimitus epäonnistui");
    }
}
