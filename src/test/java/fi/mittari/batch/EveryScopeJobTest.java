package fi.mittari.batch;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.Ecosystem;
import fi.mittari.context.Ecosystems;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.engine.CountingMeasuringIndicators;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.MeasuringIndicators;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The scheduled aggregateIndicators run names no scope: in one run it computes every project over its own period, all
 * projects over the current year and every ecosystem over its own period, each published under its own key; a restart
 * goes on after the last committed definition of the scope where it stopped.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.indicators", value = "catalog")
class EveryScopeJobTest {

    @Inject
    BatchJobs jobs;

    @Inject
    TestIndicatorCatalog catalog;

    @Inject
    MeasuringIndicators measuring;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    Ecosystems ecosystems;

    @Inject
    Clock clock;

    @Test
    void oneRunComputesEveryProjectOverItsOwnPeriodAllProjectsAndEveryEcosystemAndARestartGoesOnWhereItStopped() {
        new IndicatorFixture(jdbc, questionnaires).alphaAndBeta();
        // alpha's own period is 2025 (its event E0 of 1 December 2025, 100 participants); beta's stays 2026
        jdbc.update(
                "UPDATE project SET starts_on = DATE '2025-01-01', ends_on = DATE '2025-12-31' WHERE code = 'alpha'",
                Map.of());
        ecosystems.save(new Ecosystem(
                "north",
                "Pohjoinen",
                "Norr",
                "North",
                Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 3, 31)),
                List.of("alpha", "beta")));
        catalog.set(List.of(
                define("a-events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty())),
                define("b-attendance", 0, new Measure.Sum(new Quantity.Attendance()))));

        var clean = run("every scope");
        assertThat(clean.status()).isEqualTo("COMPLETED");
        LocalDate today = LocalDate.now(clock);
        String year = today.withDayOfYear(1) + ".." + today.withDayOfYear(today.lengthOfYear());
        List<String> cleanRows = published();
        // by hand from IndicatorFixture: alpha 2025 has E0 only (100); beta 2026 has B1 (7); the ecosystem's
        // February–March 2026 has alpha's E1 (10 + 5) and beta's B1 (7); all projects over the current year counts
        // whatever of the fixture falls in it
        assertThat(cleanRows)
                .contains(
                        "alpha 2025-01-01..2025-12-31 a-events=1",
                        "alpha 2025-01-01..2025-12-31 b-attendance=100",
                        "beta 2026-01-01..2026-12-31 a-events=1",
                        "beta 2026-01-01..2026-12-31 b-attendance=7",
                        "ecosystem:north 2026-02-01..2026-03-31 a-events=2",
                        "ecosystem:north 2026-02-01..2026-03-31 b-attendance=22")
                .anySatisfy(row -> assertThat(row).startsWith("* " + year + " a-events="))
                .hasSize(8);

        var counting = (CountingMeasuringIndicators) measuring;
        int eventsBefore = counting.timesComputed("a-events");
        counting.failOnceAt("b-attendance");
        var failed = run("interrupted");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(published()).isEqualTo(cleanRows);
        var restarted = run("interrupted");
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(published()).isEqualTo(cleanRows);
        // four scopes; the first scope's a-events was committed before the failure and is not computed again
        assertThat(counting.timesComputed("a-events") - eventsBefore).isEqualTo(4);
    }

    private JobExecutionSummary run(String runKey) {
        try {
            long id = jobs.launch(BatchJob.AGGREGATE_INDICATORS, runKey, Map.of());
            return jobs.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    private List<String> published() {
        return jdbc.query(
                """
                SELECT project_code, period_from, period_to, indicator_code, result_value
                  FROM indicator_value
                 WHERE breakdown_key = ''
                 ORDER BY project_code, indicator_code
                """,
                Map.of(),
                (row, i) -> row.getString("project_code") + " " + row.getDate("period_from") + ".."
                        + row.getDate("period_to") + " " + row.getString("indicator_code") + "="
                        + row.getBigDecimal("result_value").setScale(0).toPlainString());
    }
}
