package fi.mittari.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.context.ContextFixture;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.support.StaffApi;
import fi.mittari.support.WorkbookTables;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton over HTTP: open a campaign of a project for the keko-impact file in surveys/, answer it through
 * the API and the web form, compute the indicators, build the report definition's workbook, download it from the
 * archive and check its numbers against the answers given here.
 */
@MicronautTest(transactional = false)
@Property(name = "test.reports", value = "doubles")
class FromQuestionnaireToWorkbookIntegrationTest {

    @Inject
    TestReportCatalog reports;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    fi.mittari.context.Projects projects;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void answersGivenOverHttpComeOutAsTheWorkbooksFigures() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "keko-e2e");
        assertThat(staff.post(
                                "/api/campaigns",
                                Map.of(
                                        "slug",
                                        "keko-e2e",
                                        "questionnaire",
                                        "keko-impact",
                                        "title",
                                        "KeKo e2e",
                                        "project",
                                        "keko-e2e"))
                        .code())
                .isEqualTo(201);
        ReportDefinition definition = new ReportDefinition(
                "keko-e2e-report",
                "KeKo e2e",
                ReportLanguage.FI,
                List.of("keko-e2e"),
                new ReportPeriod.ProjectPeriod(),
                List.of(),
                List.of(),
                new ReportDefinition.Contact("Hanna", Optional.empty(), Optional.empty()),
                ReportDefinition.Recipients.none(),
                Optional.empty(),
                ReportDefinition.ReportOptions.defaults(),
                Optional.empty(),
                "test",
                1);
        reports.set(List.of(definition));

        // Every shown count at least 5 and at least 10 answers, or the workbook hides them (ADR 0006):
        // new_partners: yes ×5, no ×6 (API) + yes, no (web form) = yes 6, no 7, unsure 0 of 13.
        // topical_knowledge: partly ×6, yes ×5 (API) + partly, yes (web) = partly 7, yes 6, no 0 of 13.
        List<String> partners = List.of("yes", "yes", "yes", "yes", "yes", "no", "no", "no", "no", "no", "no");
        List<String> topical =
                List.of("partly", "partly", "partly", "partly", "partly", "partly", "yes", "yes", "yes", "yes", "yes");
        for (int i = 0; i < partners.size(); i++) {
            var stored = staff.post(
                    "/api/campaigns/keko-e2e/responses",
                    Map.of(
                            "answers",
                            Map.of(
                                    "new_partners",
                                    partners.get(i),
                                    "topical_knowledge",
                                    topical.get(i),
                                    "employment_knowledge",
                                    "yes",
                                    "region",
                                    "uusimaa",
                                    "organisation_type",
                                    "third_sector",
                                    "usefulness",
                                    8,
                                    "partner_activities",
                                    List.of("joint_services", "smaller_networks"))));
            assertThat(stored.code()).as(String.valueOf(stored.body())).isEqualTo(201);
        }
        submitWebForm("yes", "partly");
        submitWebForm("no", "yes");

        Map<String, Object> aggregation = staff.runJob("aggregateIndicators", Map.of());
        assertThat(aggregation).containsEntry("status", "COMPLETED");
        // a run naming no scope reads every definition of batch/indicators once per scope (all projects, then each
        // project over its own period; no ecosystems here), then publishes what it computed
        int definitions = indicators.all().size();
        assertThat(definitions).isPositive();
        int scopes = 1 + projects.all().size();
        assertThat(aggregation.get("steps").toString())
                .contains("name=computeIndicators, status=COMPLETED, readCount=" + definitions * scopes + ",")
                .contains("name=publishIndicators, status=COMPLETED");
        // A second run replaces the first run's results rather than adding to them.
        assertThat(staff.runJob("aggregateIndicators", Map.of())).containsEntry("status", "COMPLETED");

        Map<String, Object> report = staff.runJob("funderReport", Map.of("report", "keko-e2e-report"));
        assertThat(report).containsEntry("status", "COMPLETED");

        List<Map<String, Object>> listed = staff.getList("/api/reports");
        assertThat(listed).hasSize(1);
        HttpResponse<byte[]> file =
                staff.download("/api/reports/" + listed.get(0).get("id") + "/file");
        assertThat(file.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).contains("spreadsheetml"));
        assertThat(ReportFixture.sha256(file.body())).isEqualTo(listed.get(0).get("sha256"));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet outcomes = workbook.getSheet("Kyselyjen tulokset");
            var newPartners =
                    WorkbookTables.distribution(outcomes, "Löysitkö KeKon kautta uusia yhteistyökumppaneita?");
            assertThat(newPartners.keySet()).containsExactly("Kyllä", "Ei", "En osaa sanoa");
            assertThat(newPartners.get("Kyllä").count()).isEqualTo(6);
            assertThat(newPartners.values().stream()
                            .mapToDouble(WorkbookTables.Figures::count)
                            .sum())
                    .isEqualTo(13);
            assertThat(newPartners.get("Kyllä").share()).isCloseTo(6.0 / 13, within(1e-6));
            assertThat(newPartners.get("Ei").share()).isCloseTo(7.0 / 13, within(1e-6));
            assertThat(newPartners.get("En osaa sanoa").share()).isZero();
            assertThat(newPartners.get("Kyllä").shareFormat()).contains("%");
            var topicalKnowledge = WorkbookTables.distribution(outcomes, "Saitko tietoa ajankohtaisista teemoista?");
            assertThat(topicalKnowledge.get("Osittain").share()).isCloseTo(7.0 / 13, within(1e-6));
            assertThat(topicalKnowledge.get("Kyllä").share()).isCloseTo(6.0 / 13, within(1e-6));
            assertThat(topicalKnowledge.get("En").share()).isZero();
            // one native chart per question shown
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) outcomes)
                            .getDrawingPatriarch()
                            .getCharts())
                    .isNotEmpty();
        }
    }

    private void submitWebForm(String partners, String topical) {
        String answers = "q.new_partners=" + partners + "&q.topical_knowledge=" + topical
                + "&q.employment_knowledge=partly&q.region=lappi&q.organisation_type=company";
        var sent = new fi.mittari.support.FormWalker(client.toBlocking()).fill("/s/keko-e2e", answers);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.html()).contains("Kiitos vastauksestasi");
    }
}
