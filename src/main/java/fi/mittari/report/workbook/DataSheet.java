package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.WorkbookContent;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Data: the answers in long format, one row per answer (respondent number, campaign, question key, value), anonymised
 * or pseudonymised as the Codebook's note says (docs/privacy.md),
 * streamed from the database while written: rows are never collected, SXSSF holds 100 at a time. A value that is a
 * number is a NUMERIC cell; anything else is a quote-prefixed text cell, so a respondent's "=HYPERLINK(…)" stays text.
 * Past Excel's 1,048,576 rows the answers continue on "Data 2", "Data 3"…, each with the header, frozen and filtered.
 */
final class DataSheet implements StreamedSheet {

    /** Rows per tab, the header included: Excel's limit. */
    static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    static final int COLUMNS = 4;

    private final int rowsPerTab;

    DataSheet() {
        this(EXCEL_ROWS);
    }

    /** A smaller limit lets a test see the continuation without a million rows. */
    DataSheet(int rowsPerTab) {
        if (rowsPerTab < 2 || rowsPerTab > EXCEL_ROWS) {
            throw new IllegalArgumentException("rows per tab must be 2–" + EXCEL_ROWS + ": " + rowsPerTab);
        }
        this.rowsPerTab = rowsPerTab;
    }

    private static List<String> header(ReportLanguage language) {
        return switch (language) {
            case FI -> List.of("Vastaaja", "Kampanja", "Kysymys", "Vastaus");
            case SV -> List.of("Svarande", "Kampanj", "Fråga", "Svar");
            case EN -> List.of("Respondent", "Campaign", "Question key", "Value");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return switch (language) {
            case FI -> "Aineisto";
            case SV, EN -> "Data";
        };
    }

    @Override
    public boolean present(WorkbookContent content) {
        return content.data().isPresent();
    }

    @Override
    public void write(Tabs tabs, WorkbookContent content, Styles styles) {
        var writer = new Writer(tabs, header(content.language()), styles);
        content.data().orElseThrow().rows().forEach(writer::add);
        writer.finish();
    }

    /** The tab being written and its next row; starts a new tab when the current one is full. */
    private final class Writer {
        private final Tabs tabs;
        private final List<String> header;
        private final Styles styles;
        private SXSSFSheet sheet;
        private int next;

        Writer(Tabs tabs, List<String> header, Styles styles) {
            this.tabs = tabs;
            this.header = header;
            this.styles = styles;
        }

        void add(AnswerRow answer) {
            if (sheet == null || next == rowsPerTab) {
                finishTab();
                startTab();
            }
            Row row = sheet.createRow(next++);
            Cell respondent = row.createCell(0);
            respondent.setCellValue(answer.respondent());
            respondent.setCellStyle(styles.count());
            OutcomeCells.text(row, 1, answer.campaignSlug(), styles.text());
            OutcomeCells.text(row, 2, answer.questionKey(), styles.text());
            Cell value = row.createCell(3);
            if (answer.number().isPresent()) {
                value.setCellValue(answer.number().get().doubleValue());
            } else {
                value.setCellValue(answer.value());
                value.setCellStyle(styles.answerText());
            }
        }

        void finish() {
            if (sheet == null) {
                startTab(); // no answers: the header alone says so
            }
            finishTab();
        }

        private void startTab() {
            sheet = tabs.next();
            SheetLayout.widths(sheet, 12, 24, 24, 40);
            SheetLayout.print(sheet, false);
            Row row = sheet.createRow(0);
            for (int column = 0; column < COLUMNS; column++) {
                OutcomeCells.text(row, column, header.get(column), styles.header());
            }
            next = 1;
        }

        /** The filter needs the tab's last row, known only now. */
        private void finishTab() {
            if (sheet != null) {
                SheetLayout.table(sheet, 0, next - 1, COLUMNS);
            }
        }
    }
}
