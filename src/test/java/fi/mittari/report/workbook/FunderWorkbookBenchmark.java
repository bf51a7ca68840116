package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.support.BenchmarkMeasures;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The funder workbook benchmark, run by {@code ./mvnw -B -Pbench verify} (never by the normal build) in a JVM whose heap
 * is capped at 256 MB (the bench profile's {@code workbook} execution): for each size of {@code bench.answers}, writes
 * the whole funder workbook through {@link FunderWorkbook} (the outcome sheets with their charts, the Codebook, and
 * the Data sheet streamed from {@link GeneratedAnswers}) to a temporary file, and next to it the same Data cells with
 * a bare SXSSF loop (no layout, no reproducible copy). One warm-up, then the best of {@code bench.rounds}. Prints a
 * table; asserts nothing about speed.
 */
// the bench profile's execution that runs it, with the heap capped (pom.xml: a -Dtest name reaches every execution)
@Tag("bench-workbook")
class FunderWorkbookBenchmark {

    private static final long HEAP_CAP = 256L * 1024 * 1024;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Test
    void funderWorkbookAgainstABareStreamedWrite() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(
                maxHeap <= HEAP_CAP, "runs in the bench profile's workbook execution, with the heap capped at 256 MB");
        System.out.printf("bench: workbook, max heap %d MB%n", maxHeap / (1024 * 1024));
        List<String> table = new ArrayList<>();
        table.add("| answers | workbook s | workbook peak heap MB | workbook MB | bare SXSSF s | bare peak heap MB"
                + " | bare MB | time ratio |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (long size : BenchmarkMeasures.sizes("bench.answers")) {
            Run workbook = best(size, this::workbook);
            Run bare = best(size, this::bare);
            table.add("| %,d | %.2f | %d | %.1f | %.2f | %d | %.1f | %.2f |"
                    .formatted(
                            size,
                            workbook.seconds(),
                            workbook.peakMegabytes(),
                            workbook.megabytes(),
                            bare.seconds(),
                            bare.peakMegabytes(),
                            bare.megabytes(),
                            workbook.seconds() / bare.seconds()));
        }
        System.out.println("bench: funder workbook, max heap " + maxHeap / (1024 * 1024) + " MB, best of " + ROUNDS
                + " after one warm-up\n" + String.join("\n", table));
    }

    private record Run(double seconds, long peakMegabytes, double megabytes) {}

    @FunctionalInterface
    private interface Writer {
        void write(long answers, OutputStream out) throws IOException;
    }

    /** One warm-up, then {@link #ROUNDS} runs: the shortest time, the highest peak heap, the file's size. */
    private static Run best(long answers, Writer writer) throws IOException {
        double seconds = Double.MAX_VALUE;
        long peak = 0;
        double megabytes = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            Path file = Files.createTempFile("mittari-bench-", ".xlsx");
            try {
                BenchmarkMeasures.resetPeaks();
                long started = System.nanoTime();
                try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    writer.write(answers, out);
                }
                double took = (System.nanoTime() - started) / 1e9;
                long heap = BenchmarkMeasures.peakHeapMegabytes();
                megabytes = Files.size(file) / (1024.0 * 1024.0);
                System.out.printf(
                        "bench: %,d answers round %d: %.2f s, peak heap %d MB, %.1f MB%n",
                        answers, round, took, heap, megabytes);
                if (round > 0) {
                    seconds = Math.min(seconds, took);
                    peak = Math.max(peak, heap);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        return new Run(seconds, peak, megabytes);
    }

    private void workbook(long answers, OutputStream out) throws IOException {
        var data = new AnswerData(GeneratedAnswers.codebook(), new GeneratedAnswers(answers));
        var content = OutcomeSheetsContent.with(
                ReportLanguage.FI,
                Optional.of(OutcomeSheetsContent.questions()),
                List.of(OutcomeSheetsContent.workAbility(), OutcomeSheetsContent.suppressedChange()),
                Optional.of(OutcomeSheetsContent.employment()),
                Optional.of(data));
        new FunderWorkbook().write(content, out);
    }

    /** The Data sheet's cells and nothing else, as plainly as SXSSF writes them. */
    private void bare(long answers, OutputStream out) throws IOException {
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
            int[] next = {1};
            new GeneratedAnswers(answers).forEach(answer -> row(sheet.createRow(next[0]++), answer, text));
            workbook.write(out);
        }
    }

    private static void row(Row row, AnswerRow answer, CellStyle text) {
        row.createCell(0).setCellValue(answer.respondent());
        row.createCell(1).setCellValue(answer.campaignSlug());
        row.createCell(2).setCellValue(answer.questionKey());
        Cell value = row.createCell(3);
        if (answer.number().isPresent()) {
            value.setCellValue(answer.number().get().doubleValue());
        } else {
            value.setCellValue(answer.value());
            value.setCellStyle(text);
        }
    }
}
