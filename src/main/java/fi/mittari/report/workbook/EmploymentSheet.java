package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Employment;
import fi.mittari.report.content.Employment.EmploymentType;
import fi.mittari.report.content.WorkbookContent;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Employment: coached, employed, the employment rate (employed ÷ coached) with its 95 % interval in the rate's own
 * format, the follow-up window and basis, then employed by type as a table with a native bar chart of the counts
 * beside it. Suppressed figures are empty cells with the note.
 */
final class EmploymentSheet implements ContentSheet {

    static final int FIRST_FIGURE_ROW = 2;
    static final int TYPE_HEADER_ROW = 12;
    static final int CHART_FIRST_COLUMN = 4;
    static final int CHART_END_COLUMN = 12;
    static final int CHART_ROWS = 15;

    private record Words(String sheet, String title, List<String> labels, List<String> typeHeader, String chart) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Työllistyminen",
                    "Työllistyminen valmennuksen jälkeen",
                    List.of(
                            "Hanke",
                            "Valmennettuja",
                            "Työllistyneitä",
                            "Työllistymisaste",
                            "Väli alaraja",
                            "Väli yläraja",
                            "Seuranta-aika",
                            "Perusta",
                            "Huomautus"),
                    List.of("Työllistymisen tapa", "Työllistyneitä", "Huomautus"),
                    "Työllistyneet tavan mukaan");
            case SV -> new Words(
                    "Sysselsättning",
                    "Sysselsättning efter coachning",
                    List.of(
                            "Projekt",
                            "Coachade",
                            "Sysselsatta",
                            "Sysselsättningsgrad",
                            "Intervall nedre",
                            "Intervall övre",
                            "Uppföljningstid",
                            "Grund",
                            "Anmärkning"),
                    List.of("Typ av sysselsättning", "Sysselsatta", "Anmärkning"),
                    "Sysselsatta efter typ");
            case EN -> new Words(
                    "Employment",
                    "Employment after coaching",
                    List.of(
                            "Project",
                            "Coached",
                            "Employed",
                            "Employment rate",
                            "Interval low",
                            "Interval high",
                            "Follow-up window",
                            "Basis",
                            "Note"),
                    List.of("Type of employment", "Employed", "Note"),
                    "Employed by type");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public boolean present(WorkbookContent content) {
        return content.employment().isPresent();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        Employment employment = content.employment().orElseThrow();
        SheetLayout.widths(sheet, 28, 14, 30);
        OutcomeCells.text(sheet.createRow(0), 0, words.title(), styles.title());
        figures(sheet, employment, words, styles);

        Row header = sheet.createRow(TYPE_HEADER_ROW);
        for (int column = 0; column < words.typeHeader().size(); column++) {
            OutcomeCells.text(header, column, words.typeHeader().get(column), styles.header());
        }
        int row = TYPE_HEADER_ROW + 1;
        for (EmploymentType type : employment.byType()) {
            Row line = sheet.createRow(row++);
            OutcomeCells.text(line, 0, type.label(), styles.answerText());
            OutcomeCells.number(line, 1, type.count(), styles.count());
            OutcomeCells.text(line, 2, type.suppression().note().orElse(""), styles.text());
        }
        int last = row - 1;
        SheetLayout.fitText(sheet);
        ChartPages pages = new ChartPages(sheet, false, CHART_END_COLUMN);
        int end = row;
        if (employment.byType().stream().anyMatch(type -> type.count().isPresent())) {
            int top = TYPE_HEADER_ROW;
            end = Math.max(row, top + CHART_ROWS);
            pages.keepTogether(top, end);
            NativeBarChart.draw(
                    sheet,
                    new NativeBarChart.Place(CHART_FIRST_COLUMN, top, CHART_END_COLUMN, end),
                    words.chart(),
                    new CellRangeAddress(TYPE_HEADER_ROW + 1, last, 0, 0),
                    new NativeBarChart.Series(
                            words.typeHeader().get(1), new CellRangeAddress(TYPE_HEADER_ROW + 1, last, 1, 1)),
                    NativeBarChart.Scale.COUNT);
        }
        pages.printArea(end);
    }

    /** Label in column A, value in column B, one figure a row. */
    private static void figures(Sheet sheet, Employment employment, Words words, Styles styles) {
        CellStyle label = styles.header();
        CellStyle rateStyle = OutcomeCells.style(employment.rate(), styles);
        Row[] rows = new Row[words.labels().size()];
        for (int index = 0; index < rows.length; index++) {
            rows[index] = sheet.createRow(FIRST_FIGURE_ROW + index);
            OutcomeCells.text(rows[index], 0, words.labels().get(index), label);
        }
        OutcomeCells.text(rows[0], 1, employment.projectCode(), styles.text());
        OutcomeCells.figure(rows[1], 1, employment.coached(), styles);
        OutcomeCells.figure(rows[2], 1, employment.employed(), styles);
        OutcomeCells.figure(rows[3], 1, employment.rate(), styles);
        OutcomeCells.number(rows[4], 1, employment.intervalLow(), rateStyle);
        OutcomeCells.number(rows[5], 1, employment.intervalHigh(), rateStyle);
        OutcomeCells.text(rows[6], 1, employment.followupWindow(), styles.text());
        OutcomeCells.text(rows[7], 1, employment.basisLabel(), styles.text());
        OutcomeCells.text(rows[8], 1, employment.suppression().note().orElse(""), styles.text());
    }
}
