package fi.mittari.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.JobExecutionSummary;
import fi.mittari.indicator.engine.BenchmarkData;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.report.preparing.PreparingReport;
import fi.mittari.report.workbook.FunderWorkbook;
import fi.mittari.support.BenchmarkMeasures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The end-to-end funder workbook benchmark, run by {@code ./mvnw -B -Pbench verify} (never by the normal build) in a JVM
 * whose heap is capped at 256 MB (the bench profile's {@code report} execution), on MariaDB: for each size of {@code
 * bench.answers}, generates {@code answers / 20} responses (BenchmarkData, project "bench", 2018–2019), computes the
 * indicators with the aggregateIndicators job (not timed), then times what funderReport's writeWorkbook step does
 * before archiving: {@link PreparingReport#prepare} for a definition of project "bench" with the Survey outcomes, Data
 * and Codebook sheets, and {@link FunderWorkbook#write} to a temporary file. Next to it, the same Data cells read with
 * one plain JDBC query and written with a bare SXSSF loop. One warm-up, then the best of {@code bench.rounds}. Prints a
 * table; asserts only that both wrote the same number of Data rows.
 */
@MicronautTest(startApplication = false, transactional = false)
// the bench profile's execution that runs it, with the heap capped (pom.xml: a -Dtest name reaches every execution)
@Tag("bench-report")
class FunderReportBenchmark {

    private static final long HEAP_CAP = 256L * 1024 * 1024;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 12, 31);
    private static final Instant GENERATED_AT = Instant.parse("2020-02-01T10:00:00Z");

    /** The Data sheet's rows as AnswerDataFigures reads them, for every campaign at once, in the sheet's order. */
    private static final String ANSWERS =
            """
            SELECT c.slug AS slug, r.id AS response_id, a.question_key AS question_key,
                   a.choice_value AS choice_value, a.number_value AS number_value, a.text_value AS text_value,
                   a.date_value AS date_value
              FROM response r
              JOIN campaign c ON c.id = r.campaign_id
              JOIN answer a ON a.response_id = r.id
             WHERE c.slug IN (:slugs) AND r.submitted_at >= :from AND r.submitted_at < :until
             ORDER BY c.slug, r.id, a.question_key, a.id
            """;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    BatchJobs jobs;

    @Inject
    PreparingReport preparing;

    @Test
    void funderReportFromTheDatabaseAgainstABareQueryAndWrite() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(
                maxHeap <= HEAP_CAP, "runs in the bench profile's report execution, with the heap capped at 256 MB");
        Assumptions.assumeTrue(
                System.getenv().getOrDefault("MITTARI_DB_URL", "").startsWith("jdbc:mariadb:"),
                "the benchmark generates its data with MariaDB's sequence engine");
        System.out.printf("bench: funder report, max heap %d MB%n", maxHeap / (1024 * 1024));
        List<String> table = new ArrayList<>();
        table.add("| answers | Data rows | generate s | indicators s | report s | of which prepare s | peak heap MB"
                + " | file MB | report without Data s | bare s | bare peak heap MB | bare MB | report / bare |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int answers : BenchmarkMeasures.sizes("bench.answers")) {
            long started = System.nanoTime();
            new BenchmarkData(jdbc.getJdbcTemplate()).generate(answers / 20);
            double generate = seconds(System.nanoTime() - started);
            started = System.nanoTime();
            indicators();
            double indicators = seconds(System.nanoTime() - started);
            System.out.printf(
                    "bench: %,d answers generated in %.1f s, indicators in %.1f s%n", answers, generate, indicators);

            WorkbookContent sample = preparing.prepare(definition(true), GENERATED_AT, LocalDate.of(2020, 2, 1));
            AnswerData data = sample.data().orElseThrow();
            long[] mittariRows = {0};
            data.rows().forEach(row -> mittariRows[0]++);
            Set<String> slugs = new HashSet<>();
            Set<String> shown = new HashSet<>();
            data.codebook().forEach(entry -> {
                slugs.add(entry.campaignSlug());
                shown.add(entry.campaignSlug() + "|" + entry.questionKey());
            });

            Run report = best(answers, "report", out -> report(definition(true), out));
            Run withoutData = best(answers, "report without Data", out -> report(definition(false), out));
            long[] bareRows = {0};
            Run bare = best(answers, "bare", out -> {
                bareRows[0] = bare(slugs, shown, out);
                return 0;
            });
            assertThat(bareRows[0]).isEqualTo(mittariRows[0]).isPositive();
            table.add("| %,d | %,d | %.1f | %.1f | %.2f | %.2f | %d | %.1f | %.2f | %.2f | %d | %.1f | %.2f |"
                    .formatted(
                            answers,
                            mittariRows[0],
                            generate,
                            indicators,
                            report.seconds(),
                            report.prepareSeconds(),
                            report.peakMegabytes(),
                            report.megabytes(),
                            withoutData.seconds(),
                            bare.seconds(),
                            bare.peakMegabytes(),
                            bare.megabytes(),
                            report.seconds() / bare.seconds()));
        }
        System.out.println("bench: funder report from the database, max heap " + maxHeap / (1024 * 1024)
                + " MB, best of " + ROUNDS + " after one warm-up\n" + String.join("\n", table));
    }

    /** Project "bench" over its two years, Survey outcomes, Data and Codebook (no open text), every indicator. */
    private static ReportDefinition definition(boolean data) {
        return new ReportDefinition(
                "bench-report",
                "Benchmark report",
                ReportLanguage.FI,
                List.of(BenchmarkData.PROJECT),
                new ReportPeriod.Fixed(FROM, TO),
                List.of(),
                List.of("region"),
                new ReportDefinition.Contact("Benchmark", Optional.empty(), Optional.empty()),
                ReportDefinition.Recipients.none(),
                Optional.empty(),
                new ReportDefinition.ReportOptions(true, data, false),
                Optional.empty(),
                "FunderReportBenchmark",
                1);
    }

    private void indicators() throws BatchJobs.LaunchRefused {
        long id = jobs.launch(
                BatchJob.AGGREGATE_INDICATORS,
                "bench-report-" + System.nanoTime(),
                Map.of("project", BenchmarkData.PROJECT, "from", FROM.toString(), "to", TO.toString()));
        JobExecutionSummary summary = jobs.awaitEnd(id, Duration.ofHours(1)).orElseThrow();
        assertThat(summary.status()).isEqualTo("COMPLETED");
    }

    private record Run(double seconds, double prepareSeconds, long peakMegabytes, double megabytes) {}

    @FunctionalInterface
    private interface Writer {
        /** Writes the workbook; returns the seconds of its preparing part (0 when there is none). */
        double write(OutputStream out) throws IOException;
    }

    /** One warm-up, then {@link #ROUNDS} runs: the shortest time, the highest peak heap, the file's size. */
    private static Run best(int answers, String what, Writer writer) throws IOException {
        double seconds = Double.MAX_VALUE;
        double prepare = 0;
        long peak = 0;
        double megabytes = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            Path file = Files.createTempFile("mittari-bench-", ".xlsx");
            try {
                BenchmarkMeasures.resetPeaks();
                long started = System.nanoTime();
                double prepared;
                try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    prepared = writer.write(out);
                }
                double took = seconds(System.nanoTime() - started);
                long heap = BenchmarkMeasures.peakHeapMegabytes();
                megabytes = Files.size(file) / (1024.0 * 1024.0);
                System.out.printf(
                        "bench: %,d answers %s round %d: %.2f s (prepare %.2f s), peak heap %d MB, %.1f MB%n",
                        answers, what, round, took, prepared, heap, megabytes);
                if (round > 0) {
                    if (took < seconds) {
                        seconds = took;
                        prepare = prepared;
                    }
                    peak = Math.max(peak, heap);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        return new Run(seconds, prepare, peak, megabytes);
    }

    /**
     * funderReport's writeWorkbook step up to the archive: prepare (every read model but the Data rows, which stream
     * while the sheet is written) and write.
     */
    private double report(ReportDefinition definition, OutputStream out) throws IOException {
        long started = System.nanoTime();
        WorkbookContent content = preparing.prepare(definition, GENERATED_AT, LocalDate.of(2020, 2, 1));
        double prepare = seconds(System.nanoTime() - started);
        new FunderWorkbook().write(content, out);
        return prepare;
    }

    /**
     * The Data sheet's cells and nothing else: one query over every campaign, the rows the codebook shows and that have
     * a value, respondents numbered as the sheet numbers them, as plainly as SXSSF writes them. Returns the rows.
     */
    private long bare(Set<String> slugs, Set<String> shown, OutputStream out) throws IOException {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(1000); // as the response feature streams answers: Connector/J streams with a positive one
        var streaming = new NamedParameterJdbcTemplate(cursor);
        try (var workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            workbook.setZip64Mode(Zip64Mode.AsNeeded);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            SXSSFSheet sheet = workbook.createSheet("Data");
            Row header = sheet.createRow(0);
            String[] titles = {"Respondent", "Campaign", "Question key", "Value"};
            for (int column = 0; column < titles.length; column++) {
                header.createCell(column).setCellValue(titles[column]);
            }
            long[] respondent = {0};
            String[] numbered = {""};
            int[] next = {1};
            streaming.query(
                    ANSWERS,
                    Map.of(
                            "slugs",
                            List.copyOf(slugs),
                            "from",
                            Timestamp.valueOf(FROM.atStartOfDay()),
                            "until",
                            Timestamp.valueOf(TO.plusDays(1).atStartOfDay())),
                    rs -> {
                        String slug = rs.getString("slug");
                        String key = rs.getString("question_key");
                        if (!shown.contains(slug + "|" + key)) {
                            return;
                        }
                        String choice = rs.getString("choice_value");
                        BigDecimal number = rs.getBigDecimal("number_value");
                        java.sql.Date date = rs.getDate("date_value");
                        String value = choice != null
                                ? choice
                                : number != null
                                        ? number.stripTrailingZeros().toPlainString()
                                        : date != null ? date.toLocalDate().toString() : rs.getString("text_value");
                        if (value == null) {
                            return;
                        }
                        String response = slug + "|" + rs.getLong("response_id");
                        if (!response.equals(numbered[0])) {
                            numbered[0] = response;
                            respondent[0]++;
                        }
                        Row row = sheet.createRow(next[0]++);
                        row.createCell(0).setCellValue(respondent[0]);
                        row.createCell(1).setCellValue(slug);
                        row.createCell(2).setCellValue(key);
                        Cell cell = row.createCell(3);
                        if (choice == null && number != null) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value);
                            cell.setCellStyle(text);
                        }
                    });
            workbook.write(out);
            return next[0] - 1L;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
