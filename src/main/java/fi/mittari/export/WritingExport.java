package fi.mittari.export;

import fi.mittari.export.xlsx.XlsxAnswers;
import fi.mittari.sheet.FormulaText;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one export to a stream in its format, the rows as they come from {@link ExportedResponses}: a CSV, a
 * workbook, or a ZIP of answers.csv, codebook.csv, codebook.txt and the format's script.
 */
final class WritingExport {

    static final String DATA = "answers.csv";

    private final ExportedResponses responses;

    WritingExport(ExportedResponses responses) {
        this.responses = responses;
    }

    /** Returns the number of rows written. */
    long write(
            ExportRequest request,
            ExportLayout layout,
            List<ExportedResponses.ExportedCampaign> campaigns,
            String title,
            OutputStream out)
            throws IOException {
        ExportFormat format = request.format();
        if (format == ExportFormat.CSV) {
            return rows(
                    new CsvAnswers(layout, out, request.byteOrderMark(), request.labels()), layout, campaigns, request);
        }
        if (format == ExportFormat.XLSX) {
            return rows(new XlsxAnswers(layout, out, request.labels()), layout, campaigns, request);
        }
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(DATA));
            // scripts read codes: the labels are theirs to add
            boolean labels = format == ExportFormat.CSV_ZIP && request.labels();
            long rows = rows(new CsvAnswers(layout, zip, request.byteOrderMark(), labels), layout, campaigns, request);
            zip.closeEntry();
            entry(zip, "codebook.csv", codebookCsv(layout));
            entry(zip, "codebook.txt", CodebookText.of(layout, title));
            switch (format) {
                case SPSS -> entry(zip, "answers.sps", SpssSyntax.of(layout, DATA));
                case R -> entry(zip, "answers.R", RScript.of(layout, DATA));
                case STATA -> entry(zip, "answers.do", StataDo.of(layout, DATA));
                default -> {}
            }
            return rows;
        }
    }

    private long rows(
            AnswerTable table,
            ExportLayout layout,
            List<ExportedResponses.ExportedCampaign> campaigns,
            ExportRequest request)
            throws IOException {
        long[] count = {0};
        table.start();
        responses.forEach(campaigns, request.filter(), layout, cells -> {
            table.row(cells);
            count[0]++;
        });
        table.finish();
        return count[0];
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String codebookCsv(ExportLayout layout) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvLine printer = new CsvLine(out);
        printer.record(layout.words().header());
        for (List<String> line : Codebook.lines(layout)) {
            printer.record(line.stream().map(FormulaText::quotedForCsv).toList());
        }
        return out.toString();
    }

    /** The ZIP is finished, not the response it is written to: whoever opened that closes it. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
