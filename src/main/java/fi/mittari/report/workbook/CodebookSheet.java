package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import fi.mittari.report.content.WorkbookContent;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Codebook: what the Data sheet's question keys and values mean. One row per coded value of a closed question
 * (campaign, question key, label, type, value, value label); a question without coded values (number, date, text) has
 * one row with its label and type and no value. Labels are staff input: quote-prefixed text.
 */
final class CodebookSheet implements StreamedSheet {

    static final int COLUMNS = 6;

    private static List<String> header(ReportLanguage language) {
        return switch (language) {
            case FI -> List.of("Kampanja", "Kysymys", "Kysymyksen teksti", "Tyyppi", "Arvo", "Arvon selite");
            case SV -> List.of("Kampanj", "Fråga", "Frågans text", "Typ", "Värde", "Värdets text");
            case EN -> List.of("Campaign", "Question key", "Label", "Type", "Value", "Value label");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return switch (language) {
            case FI -> "Koodikirja";
            case SV -> "Kodbok";
            case EN -> "Codebook";
        };
    }

    @Override
    public boolean present(WorkbookContent content) {
        return content.data().isPresent();
    }

    @Override
    public void write(Tabs tabs, WorkbookContent content, Styles styles) {
        SXSSFSheet sheet = tabs.next(); // a codebook is per question, never near Excel's row limit
        SheetLayout.widths(sheet, 20, 20, 48, 12, 12, 36);
        SheetLayout.print(sheet, true);
        List<String> header = header(content.language());
        Row headerRow = sheet.createRow(0);
        for (int column = 0; column < COLUMNS; column++) {
            OutcomeCells.text(headerRow, column, header.get(column), styles.header());
        }
        int next = 1;
        for (CodebookEntry entry : content.data().orElseThrow().codebook()) {
            if (entry.values().isEmpty()) {
                question(sheet.createRow(next++), entry, styles);
            }
            for (CodedValue value : entry.values()) {
                Row row = sheet.createRow(next++);
                question(row, entry, styles);
                OutcomeCells.text(row, 4, value.value(), styles.answerText());
                OutcomeCells.text(row, 5, value.label(), styles.answerText());
            }
        }
        SheetLayout.table(sheet, 0, next - 1, COLUMNS);
    }

    private static void question(Row row, CodebookEntry entry, Styles styles) {
        OutcomeCells.text(row, 0, entry.campaignSlug(), styles.text());
        OutcomeCells.text(row, 1, entry.questionKey(), styles.text());
        OutcomeCells.text(row, 2, entry.label(), styles.answerText());
        OutcomeCells.text(row, 3, entry.type(), styles.text());
    }
}
