package fi.mittari.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.engine.BenchmarkData;
import fi.mittari.questionnaire.Language;
import fi.mittari.support.BenchmarkMeasures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The answer export benchmark, run alone by {@code ./mvnw -B -Pbench test-compile surefire:test@exports} (or with the
 * others by {@code ./mvnw -B -Pbench verify}; never by the normal build) in a JVM whose heap is capped at 256 MB (the
 * bench profile's {@code exports} execution), on MariaDB: for each size of {@code
 * bench.answers}, generates {@code answers / 20} responses (BenchmarkData), then times the CSV export of every
 * generated questionnaire's answers (as the API writes it, wide, through {@link ExportingAnswers}) next to one plain
 * JDBC query of the same answer rows written as long-format CSV lines. One warm-up, then the best of {@code
 * bench.rounds}. Prints a table with the ratio; asserts only that the export wrote a row per sent response.
 */
@MicronautTest(startApplication = false, transactional = false)
// the bench profile's execution that runs it, with the heap capped (pom.xml: a -Dtest name reaches every execution)
@Tag("bench-exports")
class AnswerExportBenchmark {

    private static final long HEAP_CAP = 256L * 1024 * 1024;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final List<String> QUESTIONNAIRES =
            List.of("keko-impact", "coaching-baseline", "coaching-followup", "event-feedback");

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ExportingAnswers exporting;

    @Test
    void exportingAnswersAgainstABareQueryAndCsvWrite() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(maxHeap <= HEAP_CAP, "runs in the bench profile's exports execution, heap at 256 MB");
        Assumptions.assumeTrue(
                System.getenv().getOrDefault("MITTARI_DB_URL", "").startsWith("jdbc:mariadb:"),
                "the benchmark generates its data with MariaDB's sequence engine");
        List<String> table = new ArrayList<>();
        table.add("| answers | rows | export s | export peak heap MB | export MB | bare s | bare MB | export / bare |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int answers : BenchmarkMeasures.sizes("bench.answers")) {
            new BenchmarkData(jdbc.getJdbcTemplate()).generate(answers / 20);
            long responses = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM response", Long.class);
            long[] rows = {0};
            Run export = best(out -> rows[0] = export(out));
            Run bare = best(this::bare);
            assertThat(rows[0]).isEqualTo(responses);
            table.add("| %,d | %,d | %.2f | %d | %.1f | %.2f | %.1f | %.2f |"
                    .formatted(
                            answers,
                            rows[0],
                            export.seconds(),
                            export.peakMegabytes(),
                            export.megabytes(),
                            bare.seconds(),
                            bare.megabytes(),
                            export.seconds() / bare.seconds()));
        }
        System.out.println("bench: answer export (CSV) from the database, max heap " + maxHeap / (1024 * 1024)
                + " MB, best of " + ROUNDS + " after one warm-up\n" + String.join("\n", table));
    }

    /** Every generated questionnaire's answers as the API's CSV, one after another into the same file. */
    private long export(OutputStream out) throws IOException {
        long rows = 0;
        var request = new ExportRequest(ExportFilter.ALL, ExportFormat.CSV, false, false, Language.FI, false);
        for (String key : QUESTIONNAIRES) {
            var outcome = exporting.prepare(new ExportScope.OfQuestionnaire(key), request, "bench", Set.of("ADMIN"));
            rows += ((ExportingAnswers.Outcome.Ready) outcome).export().writeTo(out);
        }
        return rows;
    }

    /** The same answer rows with one forward-only query, each written as a CSV line as it comes. */
    private long bare(OutputStream out) throws IOException {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(1000);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] lines = {0};
        cursor.query(
                "SELECT r.id, a.question_key, a.choice_value, a.number_value, a.text_value, a.date_value"
                        + " FROM response r JOIN answer a ON a.response_id = r.id ORDER BY r.id, a.id",
                row -> {
                    try {
                        for (int column = 1; column <= 6; column++) {
                            CSVFormat.RFC4180.print(row.getString(column), writer, column == 1);
                        }
                        CSVFormat.RFC4180.println(writer);
                        lines[0]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        writer.flush();
        return lines[0];
    }

    private record Run(double seconds, long peakMegabytes, double megabytes) {}

    @FunctionalInterface
    private interface Export {
        long write(OutputStream out) throws IOException;
    }

    private static Run best(Export export) throws IOException {
        double seconds = Double.MAX_VALUE;
        long peak = 0;
        double megabytes = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            Path file = Files.createTempFile("mittari-bench-", ".csv");
            try {
                BenchmarkMeasures.resetPeaks();
                long started = System.nanoTime();
                try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    export.write(out);
                }
                double took = (System.nanoTime() - started) / 1e9;
                if (round > 0) {
                    seconds = Math.min(seconds, took);
                    peak = Math.max(peak, BenchmarkMeasures.peakHeapMegabytes());
                    megabytes = Files.size(file) / (1024.0 * 1024);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        return new Run(seconds, peak, megabytes);
    }
}
