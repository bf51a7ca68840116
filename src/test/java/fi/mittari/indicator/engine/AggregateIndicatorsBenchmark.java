package fi.mittari.indicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.JobExecutionSummary;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Medians;
import fi.mittari.support.BenchmarkMeasures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The indicator job's benchmark, run by {@code ./mvnw -B -Pbench verify} (never by the normal build): for each size of {@code
 * bench.responses}, generates that many responses (BenchmarkData), then times the aggregateIndicators job end to end
 * for project "bench" in 2018–2019 next to the same SQL run bare over JDBC: the queries IndicatorSql builds for every
 * definition and breakdown of the real catalog (batch/indicators). The job is two steps, computeIndicators and
 * publishIndicators (the older per-campaign step and its queries were removed).
 * One warm-up round, then the median of {@code bench.rounds} (three by default). Prints a table; asserts only that every run completed.
 * Runs in the bench profile's {@code indicators} execution, with the heap capped at 256 MB like the other batch work's
 * benchmarks (it skips itself in any other JVM, so that {@code -Dtest=AggregateIndicatorsBenchmark} runs it once).
 */
@MicronautTest(startApplication = false, transactional = false)
// the bench profile's execution that runs it, with the heap capped (pom.xml: a -Dtest name reaches every execution)
@Tag("bench-indicators")
class AggregateIndicatorsBenchmark {

    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 12, 31);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    BatchJobs jobs;

    @Inject
    MeasuringIndicators measuring;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    AnnotationConfigApplicationContext batch;

    private int runs;

    private static final long HEAP_CAP = 256L * 1024 * 1024;

    @Test
    void aggregateIndicatorsAgainstTheBareQueries() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(
                maxHeap <= HEAP_CAP,
                "runs in the bench profile's indicators execution, with the heap capped at 256 MB");
        System.out.printf("bench: aggregateIndicators, max heap %d MB%n", maxHeap / (1024 * 1024));
        Assumptions.assumeTrue(
                System.getenv().getOrDefault("MITTARI_DB_URL", "").startsWith("jdbc:mariadb:"),
                "the benchmark generates its data with MariaDB's sequence engine");
        List<String> table = new ArrayList<>();
        table.add(
                "| responses | generate s | job s | indicators step s | publish step s | bare engine SQL s | job / bare engine | indicators step / bare engine | peak heap MB |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : BenchmarkMeasures.sizes("bench.responses")) {
            long started = System.nanoTime();
            new BenchmarkData(jdbc.getJdbcTemplate()).generate(size);
            double generate = seconds(System.nanoTime() - started);
            System.out.printf("bench: %,d responses generated in %.1f s%n", size, generate);
            BenchmarkMeasures.resetPeaks();
            List<SqlQuery> queries = engineQueries();
            job();
            bare(queries);
            double[][] job = new double[ROUNDS][];
            double[] engine = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                job[round] = job();
                engine[round] = bare(queries);
                System.out.printf(
                        "bench: %,d round %d: job %.2f s (indicators %.2f, publish %.2f), bare engine %.2f s%n",
                        size, round + 1, job[round][0], job[round][1], job[round][2], engine[round]);
            }
            double jobMedian =
                    Medians.of(Arrays.stream(job).mapToDouble(j -> j[0]).toArray());
            double indicatorsStep =
                    Medians.of(Arrays.stream(job).mapToDouble(j -> j[1]).toArray());
            double publishStep =
                    Medians.of(Arrays.stream(job).mapToDouble(j -> j[2]).toArray());
            double bareEngine = Medians.of(engine);
            table.add("| %,d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |"
                    .formatted(
                            size,
                            generate,
                            jobMedian,
                            indicatorsStep,
                            publishStep,
                            bareEngine,
                            jobMedian / bareEngine,
                            indicatorsStep / bareEngine,
                            BenchmarkMeasures.peakHeapMegabytes()));
        }
        System.out.println(
                "bench: aggregateIndicators, median of " + ROUNDS + " after one warm-up\n" + String.join("\n", table));
    }

    private IndicatorScope scope() {
        return new IndicatorScope(Optional.of(BenchmarkData.PROJECT), FROM, TO);
    }

    /** What MeasuringIndicators.compute runs for each definition that is not a ratio, in the same order. */
    private List<SqlQuery> engineQueries() {
        var sql = new IndicatorSql(scope(), measuring.conceptKeys(), 6);
        List<SqlQuery> queries = new ArrayList<>();
        for (IndicatorDefinition definition : catalog.all()) {
            Measure measure = definition.measure();
            if (measure instanceof Measure.Ratio) {
                continue;
            }
            if (measure instanceof Measure.PairedChange change) {
                queries.add(sql.pairedAnswers(definition, change));
                continue;
            }
            queries.add(sql.measure(definition, Optional.empty()));
            for (Breakdown breakdown : definition.breakdowns()) {
                queries.add(sql.measure(definition, Optional.of(breakdown)));
            }
        }
        assertThat(queries).hasSizeGreaterThan(20);
        return queries;
    }

    /** Seconds of the whole job, of its computeIndicators step and of its publishIndicators step. */
    private double[] job() {
        runs++;
        try {
            long id = jobs.launch(
                    BatchJob.AGGREGATE_INDICATORS,
                    "bench-" + System.nanoTime() + "-" + runs,
                    Map.of("project", BenchmarkData.PROJECT, "from", FROM.toString(), "to", TO.toString()));
            JobExecutionSummary summary = jobs.awaitEnd(id, Duration.ofHours(2)).orElseThrow();
            assertThat(summary.status()).isEqualTo("COMPLETED");
            var execution = batch.getBean(JobExplorer.class).getJobExecution(id);
            double indicators = 0;
            double publish = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                double took = seconds(
                        Duration.between(step.getStartTime(), step.getEndTime()).toNanos());
                if (step.getStepName().equals("computeIndicators")) {
                    indicators = took;
                } else if (step.getStepName().equals("publishIndicators")) {
                    publish = took;
                }
            }
            double total = seconds(Duration.between(execution.getStartTime(), execution.getEndTime())
                    .toNanos());
            return new double[] {total, indicators, publish};
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    /** Runs every query and reads every row it returns; only the queries are timed. */
    private double bare(List<SqlQuery> queries) {
        long rows = 0;
        long started = System.nanoTime();
        for (SqlQuery query : queries) {
            long[] count = {0};
            jdbc.query(query.sql(), query.params(), row -> {
                count[0]++;
            });
            rows += count[0];
        }
        double took = seconds(System.nanoTime() - started);
        assertThat(rows).isPositive();
        return took;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
