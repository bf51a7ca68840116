package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.sheet.ClockCells;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Data: the answers in long format, one row per answer (respondent number, campaign, question key, value), anonymised
 * or pseudonymised as the Codebook's note says (docs/privacy.md),
 * streamed from the database while written: rows are never collected, SXSSF holds 100 at a time. A value that is a
 * number is a NUMERIC cell; the answer to a date, time or datetime question (as its codebook entry's type says) a date
 * or time cell, so that it sorts and subtracts as one; anything else is a quote-prefixed text cell, so a respondent's
 * "=HYPERLINK(…)" stays text.
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
        AnswerData data = content.data().orElseThrow();
        var writer = new Writer(tabs, header(content.language()), styles, types(data));
        data.rows().forEach(writer::add);
        writer.finish();
    }

    /** Each question's type by campaign and key: the codebook is one entry a question, the rows are many. */
    private static Map<String, String> types(AnswerData data) {
        Map<String, String> types = new HashMap<>();
        data.codebook().forEach(entry -> types.put(typeKey(entry.campaignSlug(), entry.questionKey()), entry.type()));
        return types;
    }

    private static String typeKey(String campaignSlug, String questionKey) {
        return campaignSlug + "\n" + questionKey;
    }

    /** The tab being written and its next row; starts a new tab when the current one is full. */
    private final class Writer {
        private final Tabs tabs;
        private final List<String> header;
        private final Styles styles;
        private final Map<String, String> types;
        private SXSSFSheet sheet;
        private int next;

        Writer(Tabs tabs, List<String> header, Styles styles, Map<String, String> types) {
            this.tabs = tabs;
            this.header = header;
            this.styles = styles;
            this.types = types;
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
            String type = types.getOrDefault(typeKey(answer.campaignSlug(), answer.questionKey()), "");
            Optional<Double> clock = clock(type, answer.value());
            if (answer.number().isPresent()) {
                value.setCellValue(answer.number().get().doubleValue());
            } else if (clock.isPresent()) {
                value.setCellValue(clock.get());
                value.setCellStyle(
                        type.equals("date")
                                ? styles.date()
                                : type.equals("time") ? styles.timeOfDay() : styles.dateTime());
            } else {
                value.setCellValue(answer.value());
                value.setCellStyle(styles.answerText());
            }
        }

        /** Anonymised data shows a date as its month ("2025-03"), and a merged value as "*": those stay text. */
        private static Optional<Double> clock(String type, String value) {
            return switch (type) {
                case "date" -> ClockCells.day(value);
                case "time" -> ClockCells.time(value);
                case "datetime" -> ClockCells.dateTime(value);
                default -> Optional.empty();
            };
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
