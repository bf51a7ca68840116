package fi.mittari.batch;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The job's shape: computeIndicators then publishIndicators, nothing else (the per-campaign step and its table
 * indicator_result are gone, V12), and a second run replaces the first run's values. Not transactional: Spring Batch
 * runs its own transactions and refuses to start inside one. The restart of computeIndicators from its committed
 * chunks is IndicatorEngineJobTest's.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.indicators", value = "catalog")
class AggregateIndicatorsJobTest {

    private static final Map<String, String> ALPHA_2026 =
            Map.of("project", "alpha", "from", "2026-01-01", "to", "2026-12-31");

    @Inject
    BatchJobs jobs;

    @Inject
    TestIndicatorCatalog catalog;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Test
    void computesThenPublishesAndASecondRunReplacesTheFirst() {
        new IndicatorFixture(jdbc, questionnaires).alphaAndBeta();
        catalog.set(List.of(
                define(
                        "a-events",
                        0,
                        new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        new Breakdown.ByDimension(Dimension.EVENT_TYPE)),
                define("b-attendance", 0, new Measure.Sum(new Quantity.Attendance()))));

        var first = run();
        assertThat(first.status()).isEqualTo("COMPLETED");
        // two definitions read and written in the first step, then one publishing step; no other step
        assertThat(first.steps())
                .extracting(StepProgress::name)
                .containsExactly("computeIndicators", "publishIndicators");
        assertThat(first.steps().get(0)).satisfies(step -> {
            assertThat(step.status()).isEqualTo("COMPLETED");
            assertThat(step.readCount()).isEqualTo(2);
            assertThat(step.writeCount()).isEqualTo(2);
        });
        assertThat(first.steps().get(1).status()).isEqualTo("COMPLETED");
        List<String> firstRows = published();
        // IndicatorFixture by hand: alpha's 2026 events are E1 (training) and E2 (workshop), E0 is 2025 and B1 is
        // beta's; attendance is E1's participations 10 + 5, E2's 6 + 4 and E2's 3 sign-ins = 28 (as in
        // IndicatorEngineJobTest)
        assertThat(firstRows)
                .containsExactly(
                        "a-events||=2",
                        "a-events|event_type|training=1",
                        "a-events|event_type|workshop=1",
                        "b-attendance||=28");
        assertThat(executionsPublished()).containsOnly(first.id());

        var second = run();
        assertThat(second.status()).isEqualTo("COMPLETED");
        // the same values, once: the second run's rows replaced the first's
        assertThat(published()).isEqualTo(firstRows);
        assertThat(executionsPublished()).containsOnly(second.id());

        assertThatThrownBy(() -> jdbc.queryForObject("SELECT COUNT(*) FROM indicator_result", Map.of(), Long.class))
                .isInstanceOf(DataAccessException.class);
    }

    private JobExecutionSummary run() {
        try {
            long id = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "test " + System.nanoTime(), ALPHA_2026);
            return jobs.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    private List<String> published() {
        return jdbc.query(
                """
                SELECT indicator_code, breakdown_key, group_key, result_value
                  FROM indicator_value
                 WHERE project_code = 'alpha' AND period_from = DATE '2026-01-01' AND period_to = DATE '2026-12-31'
                 ORDER BY indicator_code, breakdown_key, id
                """,
                Map.of(),
                (row, i) -> row.getString("indicator_code") + "|" + row.getString("breakdown_key") + "|"
                        + row.getString("group_key") + "="
                        + row.getBigDecimal("result_value").setScale(0).toPlainString());
    }

    private List<Long> executionsPublished() {
        return jdbc.queryForList(
                "SELECT DISTINCT job_execution_id FROM indicator_value WHERE project_code = 'alpha'",
                Map.of(),
                Long.class);
    }
}
