package fi.mittari.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.context.ContextFixture;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Quantity;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Target;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The indicator results page: a scope's values as the engine published them, started from the page when missing. */
@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
class IndicatorPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestIndicatorCatalog catalog;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    BatchJobs jobs;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void aScopeWithoutResultsOffersARunAndThenShowsTheHandCheckedValues() {
        String project = "pages-" + run;
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long id = fixture.project(project, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long first = fixture.event(id, "P1-" + run, LocalDate.of(2026, 3, 1), "training", "lappi");
        long second = fixture.event(id, "P2-" + run, LocalDate.of(2026, 4, 1), "training", "kainuu");
        fixture.participation(first, "kela", null, 10);
        fixture.participation(second, "te_services", null, 27);
        fixture.participation(second, "company", null, 3);
        catalog.set(List.of(
                english(
                        "page-participants",
                        "Participants",
                        "persons",
                        0,
                        new Measure.Sum(new Quantity.Attendance()),
                        List.of(new Target(project, new BigDecimal("50"), Optional.empty())),
                        new Breakdown.ByDimension(Dimension.SECTOR)),
                english(
                        "page-mean",
                        "Participants per event",
                        "persons",
                        1,
                        new Measure.Summary(Measure.Statistic.MEAN, new Quantity.Attendance()),
                        List.of())));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String scope = "/staff/indicators?project=" + project + "&from=&to=";

        String empty = get(staff, scope).body();
        assertThat(empty)
                .contains("Results for project " + project + ", 2026-01-01 to 2026-12-31")
                .contains("There are no results for this scope yet")
                .contains("action=\"/staff/jobs/aggregateIndicators\"")
                .contains("name=\"project\" value=\"" + project + "\"");

        var started =
                post(staff, "/staff/jobs/aggregateIndicators", "project=" + project + "&from=2026-01-01&to=2026-12-31");
        assertThat(started.code()).isEqualTo(200);
        var latest = jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 1).get(0);
        assertThat(latest.parameters()).containsEntry("project", project);
        assertThat(started.body())
                .contains("Run " + latest.id() + " of aggregateIndicators")
                .contains("href=\"/staff/indicators?project=" + project + "&amp;from=2026-01-01&amp;to=2026-12-31\"");
        assertThat(jobs.awaitEnd(latest.id(), Duration.ofSeconds(60))
                        .orElseThrow()
                        .status())
                .isEqualTo("COMPLETED");

        String page = get(staff, scope).body();
        assertThat(page).doesNotContain("There are no results");
        // participants 10 + 27 + 3 = 40 against the project's target 50, over the 2 events
        assertThat(section(page, "page-participants"))
                .contains("<h3 id=\"ind-page-participants\">Participants</h3>")
                .contains("<dt>Value</dt>\n        <dd>40 persons</dd>")
                .contains("<dt>Target</dt><dd>50</dd>")
                .contains("<dt>Data basis</dt><dd>collected</dd>")
                .contains("Participants by sector");
        // company's 3 persons are a small count; kela's 10 hidden beside them so that 3 = 40 − 27 − 10 cannot be
        // worked out; te_services 27 is the largest group, so its bar is the full width
        String sectors = section(page, "page-participants");
        assertThat(sectors)
                .contains("suppressed (fewer than 5 persons)")
                .contains("suppressed (would reveal a group of fewer than 5 persons)")
                .contains("width=\"100%\"")
                .contains("<span>27</span>")
                .doesNotContain("<span>3</span>")
                .doesNotContain("<span>0</span>");
        // per event 10 and 30: mean 20.0, sample sd √200, se 10, t(1; 0.975) 12.7062 → −107.1 to 147.1 with n = 2
        assertThat(section(page, "page-mean"))
                .contains("<dd>20.0 persons</dd>")
                .contains("<dt>n</dt><dd>2</dd>")
                .contains("<dd>-107.1 to 147.1</dd>")
                .contains("<dt>Target</dt><dd>–</dd>");
    }

    @Test
    void aDateThatIsNotADateIsNamedBesideItsFieldAndInTheSummary() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var refused = get(staff, "/staff/indicators?project=&from=1.1.2026&to=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("class=\"error-summary\"")
                .contains("href=\"#i-from\"")
                .contains("id=\"i-from-error\"")
                .contains("YYYY-MM-DD, was &#39;1.1.2026&#39;")
                .contains("value=\"1.1.2026\"");
        var unknown = get(staff, "/staff/indicators?project=no-such-" + run);
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"i-project-error\"").contains("no project with code");
    }

    @Test
    void aFunderMayNotSeeTheResultsPage() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        StaffApi funder = ContextFixture.loginAs(client.toBlocking(), admin, Roles.FUNDER);
        assertThat(get(funder, "/staff/indicators").code()).isEqualTo(403);
        assertThat(get(admin, "/staff/indicators").code()).isEqualTo(200);
    }

    private static IndicatorDefinition english(
            String code,
            String name,
            String unit,
            int decimals,
            Measure measure,
            List<Target> targets,
            Breakdown... breakdowns) {
        return new IndicatorDefinition(
                code,
                new LocalizedText(Map.of(Language.FI, "nimi " + code, Language.EN, name)),
                LocalizedText.of(Language.EN, name),
                new LocalizedText(Map.of(Language.FI, "henkilöä", Language.EN, unit)),
                decimals,
                DataBasis.COLLECTED,
                measure,
                Population.everything(),
                List.of(breakdowns),
                targets,
                "test:" + code);
    }

    /** The indicator's part of the page, from its heading to the next indicator's. */
    private static String section(String page, String code) {
        int start = page.indexOf("id=\"ind-" + code + "\"");
        assertThat(start).as("section of %s", code).isNotNegative();
        int end = page.indexOf("<section", start);
        return page.substring(Math.max(0, page.lastIndexOf("<section", start)), end < 0 ? page.length() : end);
    }

    static HttpResponse<String> post(StaffApi staff, String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
