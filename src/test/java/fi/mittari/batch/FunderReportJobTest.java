package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.archive.DeliveryStatus;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.ReportDeliveries;
import fi.mittari.report.archive.ReportFixture;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.report.archive.TestWorkbookFiles;
import fi.mittari.report.preparing.ReportHistory;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * funderReport end to end with a test catalog, a hand-made content and a stand-in workbook: the indicators of a
 * project are recomputed first only when they are older than its data, and the workbook is archived with its
 * definition, parameters and figures.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.reports", value = "doubles")
@Property(name = "test.preparing", value = "double")
class FunderReportJobTest {

    /** The projects' newest data: an event recorded at this time. */
    static final Instant DATA = Instant.parse("2026-03-01T10:00:00Z");

    @Inject
    BatchJobs jobs;

    @Inject
    TestReportCatalog catalog;

    @Inject
    ReportArchive archive;

    @Inject
    ReportHistory history;

    @Inject
    ReportDeliveries deliveries;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @BeforeEach
    void projectsWithStoredValues() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM project WHERE code = 'stale-p'", Map.of(), Integer.class) > 0) {
            return;
        }
        // stale-p's values were computed a day before its event was recorded; fresh-p's a day after.
        project("stale-p", DATA.minus(Duration.ofDays(1)));
        project("fresh-p", DATA.plus(Duration.ofDays(1)));
        catalog.set(List.of(
                ReportFixture.definition("stale-report", List.of("stale-p"), List.of()),
                ReportFixture.definition("fresh-report", List.of("fresh-p"), List.of("funder@example.org")),
                ReportFixture.definition("missing-report", List.of("no-such-project"), List.of())));
    }

    @Test
    void recomputesTheIndicatorsOnlyWhenTheyAreOlderThanTheData() {
        int aggregationsBefore = aggregations().size();

        JobExecutionSummary fresh = run("fresh-report");
        assertThat(fresh.status()).isEqualTo("COMPLETED");
        assertThat(aggregations()).hasSize(aggregationsBefore);

        JobExecutionSummary stale = run("stale-report");
        assertThat(stale.status()).isEqualTo("COMPLETED");
        assertThat(aggregations()).hasSize(aggregationsBefore + 1);
        JobExecutionSummary refresh = aggregations().get(0);
        assertThat(refresh.status()).isEqualTo("COMPLETED");
        assertThat(refresh.parameters())
                .containsEntry("project", "stale-p")
                .containsEntry("from", "2026-01-01")
                .containsEntry("to", "2026-12-31");
        assertThat(refresh.startedBy()).isEqualTo("funderReport " + stale.id());
    }

    @Test
    void archivesTheWorkbookWithItsDefinitionParametersAndFigures() throws Exception {
        JobExecutionSummary built = run("fresh-report");
        assertThat(built.status()).isEqualTo("COMPLETED");

        var report = archive.list().stream()
                .filter(r -> "fresh-report".equals(r.reportCode()))
                .findFirst()
                .orElseThrow();
        assertThat(report.projects()).containsExactly("fresh-p");
        assertThat(report.periodFrom()).isEqualTo(ReportFixture.FROM);
        assertThat(report.periodTo()).isEqualTo(ReportFixture.TO);
        assertThat(report.language()).isEqualTo("fi");
        assertThat(report.title()).isEqualTo("Raportti fresh-report");
        assertThat(report.sizeBytes()).isEqualTo(TestWorkbookFiles.SIZE);
        var file = new ByteArrayOutputStream();
        archive.copyFile(report.id(), file);
        assertThat(file.size()).isEqualTo(TestWorkbookFiles.SIZE);
        assertThat(ReportFixture.sha256(file.toByteArray())).isEqualTo(report.sha256());

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT definition, parameters, started_by FROM report WHERE id = :id", Map.of("id", report.id()));
        assertThat((String) stored.get("definition"))
                .contains("\"code\":\"fresh-report\"")
                .contains("\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}");
        assertThat((String) stored.get("parameters")).contains("\"report\":\"fresh-report\"");
        // the hand-made content's one figure: new_partners 0.53 of project fresh-p
        assertThat(history.previous("fresh-report").orElseThrow().figures())
                .isEqualTo(Map.of("fresh-p/new_partners", "0.53"));
        assertThat(history.previous("no-report-of-this-code")).isEmpty();
        // no SMTP server in this test: the delivery is recorded, as not configured rather than failed
        assertThat(deliveries.ofReport(report.id())).singleElement().satisfies(d -> assertThat(d.status())
                .isEqualTo(DeliveryStatus.NOT_CONFIGURED));
    }

    @Test
    void failsClearlyWhenTheReportNamesAProjectThatDoesNotExist() {
        JobExecutionSummary failed = run("missing-report");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(String.join("\n", failed.failures()) + failed.exitMessage())
                .contains("The report names project 'no-such-project', which does not exist");
    }

    private JobExecutionSummary run(String report) {
        try {
            long id = jobs.launch(BatchJob.FUNDER_REPORT, "test " + System.nanoTime(), Map.of("report", report));
            return jobs.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    private List<JobExecutionSummary> aggregations() {
        return jobs.history(Optional.of(BatchJob.AGGREGATE_INDICATORS), 100);
    }

    private void project(String code, Instant computedAt) {
        Map<String, Object> values = Map.of(
                "code", code,
                "data", Timestamp.from(DATA),
                "computed", Timestamp.from(computedAt));
        jdbc.update(
                """
                INSERT INTO project (code, name, funder, created_at, starts_on, ends_on)
                VALUES (:code, :code, 'STEA', :data, DATE '2026-01-01', DATE '2026-12-31')
                """,
                values);
        jdbc.update(
                """
                INSERT INTO event (code, project_id, name, starts_on, ends_on, event_type, created_at)
                SELECT CONCAT(:code, '-event'), id, 'Event', DATE '2026-02-27', DATE '2026-02-27', 'training', :data
                  FROM project WHERE code = :code
                """,
                values);
        jdbc.update(
                """
                INSERT INTO indicator_value (project_code, period_from, period_to, indicator_code, breakdown_key,
                                             group_key, result_value, suppressed, computed_at, job_execution_id)
                VALUES (:code, DATE '2026-01-01', DATE '2026-12-31', 'events', '', '', 1, FALSE, :computed, 0)
                """,
                values);
    }
}
