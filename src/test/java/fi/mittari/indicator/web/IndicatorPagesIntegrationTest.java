package fi.mittari.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.context.ContextFixture;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
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

/**
 * The indicator results page and a project's overview: a scope's values as the engine published them, in Finnish (a
 * fresh account's language), by group names and with shares as percentages; started from the page when missing.
 */
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
    void aProjectOpensOnItsOwnPeriodAndShowsGroupsByNameAndSharesAsPercentages() {
        String project = "pages-" + run;
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long id = fixture.project(project, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
        long first = fixture.event(id, "P1-" + run, LocalDate.of(2018, 3, 1), "training", "lappi");
        long second = fixture.event(id, "P2-" + run, LocalDate.of(2018, 4, 1), "training", "kainuu");
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
                        List.of()),
                english(
                        "page-te-share",
                        "Share from TE services",
                        "share",
                        3,
                        new Measure.Proportion(
                                new Quantity.Attendance(),
                                new Filter.DimensionIn(Dimension.SECTOR, List.of("te_services")),
                                Optional.empty()),
                        List.of())));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String scope = "/staff/indicators?project=" + project;

        // no dates typed: the project's own period, 2017–2019, not the current year
        String empty = get(staff, scope).body();
        assertThat(empty)
                .contains("Project " + project + ", 1.1.2017–31.12.2019")
                .contains("Tälle aikajaksolle ei ole vielä tuloksia")
                .contains("action=\"/staff/jobs/aggregateIndicators\"")
                .contains("name=\"project\" value=\"" + project + "\"")
                .contains("name=\"from\" value=\"2017-01-01\"")
                .contains("name=\"to\" value=\"2019-12-31\"")
                .contains("id=\"i-from\" name=\"from\" class=\"input-date\" value=\"\"");

        var started =
                post(staff, "/staff/jobs/aggregateIndicators", "project=" + project + "&from=2017-01-01&to=2019-12-31");
        assertThat(started.code()).isEqualTo(200);
        var latest = jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 1).get(0);
        assertThat(latest.parameters()).containsEntry("project", project);
        assertThat(jobs.awaitEnd(latest.id(), Duration.ofSeconds(60))
                        .orElseThrow()
                        .status())
                .isEqualTo("COMPLETED");

        String page = get(staff, scope).body();
        assertThat(page).doesNotContain("ei ole vielä tuloksia");
        // participants 10 + 27 + 3 = 40 against the project's target 50, over the 2 events
        String participants = section(page, "page-participants");
        assertThat(participants)
                .contains("<h3 id=\"ind-page-participants\">nimi page-participants</h3>")
                .contains("40 henkilöä")
                .contains("tavoite 50")
                .contains("Sektori");
        // groups by their Finnish names, never their codes
        assertThat(participants)
                .contains(">Kela</th>")
                .contains(">TE-palvelut</th>")
                .contains(">Yritys tai yrittäjä</th>")
                .doesNotContain(">kela<")
                .doesNotContain(">te_services<");
        // company's 3 persons are a small count; kela's 10 hidden beside them so that 3 = 40 − 27 − 10 cannot be
        // worked out; te_services 27 is the largest group, so its bar is the full width
        assertThat(participants)
                .contains("piilotettu (alle 5 henkilöä)")
                .contains("piilotettu (paljastaisi alle 5 henkilön ryhmän)")
                .contains("hbar-fill w-100")
                .contains("<span>27</span>")
                .doesNotContain("<span>3</span>")
                .doesNotContain("<span>10</span>");
        // per event 10 and 30: mean 20.0 with n = 2; every event's attendance is a census, so no t interval (a
        // sample's would be −107.1 to 147.1)
        assertThat(section(page, "page-mean"))
                .contains("20,0 henkilöä")
                .doesNotContain("147,1")
                .contains("n = 2")
                .doesNotContain("tavoite");
        // 27 of 40 participants: 67.5 %, a census of attendance with no interval
        assertThat(section(page, "page-te-share"))
                .contains("67,5\u00a0%")
                .doesNotContainPattern("\\(\\d\\d,\\d–\\d\\d,\\d\u00a0%\\)")
                .doesNotContain("0,675")
                .doesNotContain("0.675");
    }

    @Test
    void aProjectsOverviewShowsEachGoalAgainstItsBaselineAndTarget() {
        String project = "goals-" + run;
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long id = fixture.project(project, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        fixture.participation(
                fixture.event(id, "G1-" + run, LocalDate.of(2018, 3, 1), "training", "lappi"), "kela", null, 40);
        catalog.set(List.of(english(
                "goal-participants",
                "Participants",
                "persons",
                0,
                new Measure.Sum(new Quantity.Attendance()),
                List.of())));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.send(HttpRequest.PUT(
                "/api/projects/" + project + "/goals",
                List.of(Map.of(
                        "description",
                        "Enemmän osallistujia",
                        "indicator",
                        "goal-participants",
                        "target",
                        50,
                        "baseline",
                        10))));
        assertThat(staff.runJob("aggregateIndicators", Map.of("project", project)))
                .containsEntry("status", "COMPLETED");

        var overview = get(staff, "/staff/projects/" + project + "/indicators");
        assertThat(overview.code()).isEqualTo(200);
        // 40 of the way from 10 to 50: 30 / 40 = 75 %
        assertThat(overview.body())
                .contains("Project " + project + ": tavoitteet ja edistyminen")
                .contains("1.1.2018–31.12.2018")
                .contains("nimi goal-participants")
                .contains("Enemmän osallistujia")
                .contains(">10</td>")
                .contains(">50</td>")
                .contains(">40</span>")
                .contains(">75\u00a0%</span>")
                .contains("hbar-fill w-74");
        assertThat(get(staff, "/staff/projects/no-such-" + run + "/indicators").code())
                .isEqualTo(404);
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
                .contains("Alkaen: anna päivämäärä muodossa vvvv-kk-pp.")
                .contains("value=\"1.1.2026\"");
        var unknown = get(staff, "/staff/indicators?project=no-such-" + run);
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body())
                .contains("id=\"i-project-error\"")
                .contains("Hanke: valitse jokin luettelon hankkeista.");
    }

    @Test
    void aFunderReadsTheirOwnProjectsResultsWithoutComputingAndIsForbiddenOthers() {
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        String own = "own-" + run;
        String other = "other-" + run;
        fixture.project(own, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        fixture.project(other, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        StaffApi funder = ContextFixture.loginAs(client.toBlocking(), admin, Roles.FUNDER);
        assertThat(admin.send(HttpRequest.PUT("/api/users/funder-context/projects", Map.of("projects", List.of(own))))
                        .code())
                .isEqualTo(200);

        var ownPage = get(funder, "/staff/indicators?project=" + own);
        assertThat(ownPage.code()).isEqualTo(200);
        assertThat(ownPage.body())
                .contains("Project " + own + ", 1.1.2018–31.12.2018")
                .doesNotContain("/staff/jobs/aggregateIndicators")
                .doesNotContain(other)
                .doesNotContain("Kaikki hankkeet");
        // without a project chosen, a funder's page opens on their own project
        assertThat(get(funder, "/staff/indicators").body()).contains("Project " + own + ", 1.1.2018–31.12.2018");
        assertThat(get(funder, "/staff/indicators?project=" + other).code()).isEqualTo(403);
        assertThat(get(funder, "/staff/projects/" + other + "/indicators").code())
                .isEqualTo(403);
        assertThat(get(funder, "/staff/projects/" + own + "/indicators").code()).isEqualTo(200);
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
        return staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.STRING);
    }
}
