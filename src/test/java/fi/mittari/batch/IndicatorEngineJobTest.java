package fi.mittari.batch;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The engine's steps of aggregateIndicators, with the default suppression (5 and 10), on IndicatorFixture's scenario
 * for project alpha in 2026: a run that fails in the middle publishes nothing, its restart goes on after the last
 * committed definition, and the result equals an uninterrupted run.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.indicators", value = "catalog")
class IndicatorEngineJobTest {

    private static final Map<String, String> ALPHA_2026 =
            Map.of("project", "alpha", "from", "2026-01-01", "to", "2026-12-31");

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
    AnnotationConfigApplicationContext batch;

    @Test
    void aRestartAfterAFailedChunkContinuesAndEndsWithTheSameValuesAsAnUninterruptedRun() {
        new IndicatorFixture(jdbc, questionnaires).alphaAndBeta();
        catalog.set(List.of(
                define(
                        "a-events",
                        0,
                        new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        new Breakdown.ByDimension(Dimension.EVENT_TYPE)),
                define(
                        "b-attendance",
                        0,
                        new Measure.Sum(new Quantity.Attendance()),
                        new Breakdown.ByDimension(Dimension.SECTOR)),
                define(
                        "c-partners",
                        2,
                        new Measure.Proportion(
                                new Quantity.Respondents(),
                                new Filter.AnswerIn("outcome.new_partners", List.of("yes")),
                                Optional.empty())),
                define("d-per-event", 1, new Measure.Ratio("b-attendance", "a-events"))));
        var counting = (CountingMeasuringIndicators) measuring;

        var clean = run("clean run");
        assertThat(clean.status()).isEqualTo("COMPLETED");
        List<String> cleanRows = published();
        // a-events: total 2, training 1, workshop 1 (events are shown however few).
        // b-attendance 28: kela 16, te_services 5, unknown sector 7 – none small, nothing hidden.
        // c-partners: 4 of 6 is a share over fewer than 10 persons: hidden (small base).
        // d-per-event: 28 / 2 = 14.0
        assertThat(cleanRows)
                .containsExactly(
                        "a-events||=2",
                        "a-events|event_type|training=1",
                        "a-events|event_type|workshop=1",
                        "b-attendance||=28",
                        "b-attendance|sector|kela=16",
                        "b-attendance|sector|te_services=5",
                        "b-attendance|sector|?=7",
                        "c-partners||=SMALL_BASE",
                        "d-per-event||=14.0");
        assertThat(totalRecorded(clean.id())).isEqualTo(4);

        counting.failOnceAt("c-partners");
        var failed = run("interrupted run");
        assertThat(failed.status()).isEqualTo("FAILED");
        // nothing of the failed run is visible: the clean run's values stand, whole
        assertThat(published()).isEqualTo(cleanRows);
        assertThat(executionsPublished()).containsOnly(clean.id());

        var restarted = run("interrupted run");
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(published()).isEqualTo(cleanRows);
        assertThat(executionsPublished()).containsOnly(restarted.id());
        // a-events and b-attendance were committed before the failure and not computed again on restart
        assertThat(counting.timesComputed("a-events")).isEqualTo(2);
        assertThat(counting.timesComputed("b-attendance")).isEqualTo(2);
        assertThat(counting.timesComputed("c-partners")).isEqualTo(3);
    }

    private JobExecutionSummary run(String runKey) {
        try {
            long id = jobs.launch(BatchJob.AGGREGATE_INDICATORS, runKey, ALPHA_2026);
            return jobs.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    private List<String> published() {
        return jdbc.query(
                """
                SELECT indicator_code, breakdown_key, group_key, result_value, suppression_reason
                  FROM indicator_value
                 WHERE project_code = 'alpha' AND period_from = DATE '2026-01-01' AND period_to = DATE '2026-12-31'
                 ORDER BY indicator_code, breakdown_key, id
                """,
                Map.of(),
                (row, i) -> row.getString("indicator_code") + "|" + row.getString("breakdown_key") + "|"
                        + row.getString("group_key") + "="
                        + (row.getBigDecimal("result_value") == null
                                ? row.getString("suppression_reason")
                                : row.getBigDecimal("result_value")
                                        .setScale(definitionScale(row.getString("indicator_code")))
                                        .toPlainString()));
    }

    private static int definitionScale(String code) {
        return code.equals("d-per-event") ? 1 : 0;
    }

    private List<Long> executionsPublished() {
        return jdbc.queryForList(
                "SELECT DISTINCT job_execution_id FROM indicator_value WHERE project_code = 'alpha'",
                Map.of(),
                Long.class);
    }

    private long totalRecorded(long executionId) {
        return batch.getBean(JobExplorer.class).getJobExecution(executionId).getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("computeIndicators"))
                .findFirst()
                .orElseThrow()
                .getExecutionContext()
                .getLong("mittari.total");
    }
}
