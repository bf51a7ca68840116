package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.ChangeResult;
import fi.mittari.report.content.WorkbookContent;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Change: one row per paired baseline/follow-up result with pairs, persons lost, both means, the mean change with its
 * 95 % interval, and how many improved, stayed the same or got worse, as counts and as shares of the pairs; below the
 * table a native stacked bar chart of those three shares per result, linked to the share cells.
 */
final class ChangeSheet implements ContentSheet {

    static final int HEADER_ROW = 2;

    private static final int[] WIDTHS = {10, 12, 36, 10, 8, 10, 12, 12, 10, 10, 10, 10, 10, 10, 12, 12, 12, 24, 30};

    private static final float HEADER_LINE_POINTS = 13f;
    static final int COLUMNS = 19;
    /** The improved, same and worse shares of the pairs. */
    static final int FIRST_SHARE_COLUMN = 14;

    static final int NAME_COLUMN = 2;
    static final int CHART_MIN_ROWS = 12;

    private record Words(String sheet, String title, List<String> header, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Muutos",
                    "Muutos alkumittauksesta seurantamittaukseen",
                    List.of(
                            "Hanke",
                            "Indikaattori",
                            "Nimi",
                            "Yksikkö",
                            "Pareja",
                            "Kadonneet",
                            "Alkumittauksen keskiarvo",
                            "Seurannan keskiarvo",
                            "Muutos",
                            "Väli alaraja",
                            "Väli yläraja",
                            "Parani",
                            "Ennallaan",
                            "Heikkeni",
                            "Parani, osuus",
                            "Ennallaan, osuus",
                            "Heikkeni, osuus",
                            "Perusta",
                            "Huomautus"),
                    "Ei parittaisia alku- ja seurantamittauksia tällä kaudella.");
            case SV -> new Words(
                    "Förändring",
                    "Förändring från baslinje till uppföljning",
                    List.of(
                            "Projekt",
                            "Indikator",
                            "Namn",
                            "Enhet",
                            "Par",
                            "Bortfall",
                            "Medelvärde, baslinje",
                            "Medelvärde, uppföljning",
                            "Förändring",
                            "Intervall nedre",
                            "Intervall övre",
                            "Förbättrades",
                            "Oförändrad",
                            "Försämrades",
                            "Förbättrades, andel",
                            "Oförändrad, andel",
                            "Försämrades, andel",
                            "Grund",
                            "Anmärkning"),
                    "Inga parade baslinje- och uppföljningsmätningar under perioden.");
            case EN -> new Words(
                    "Change",
                    "Change from baseline to follow-up",
                    List.of(
                            "Project",
                            "Indicator",
                            "Name",
                            "Unit",
                            "Pairs",
                            "Lost",
                            "Baseline mean",
                            "Follow-up mean",
                            "Change",
                            "Interval low",
                            "Interval high",
                            "Improved",
                            "Same",
                            "Worse",
                            "Improved, share",
                            "Same, share",
                            "Worse, share",
                            "Basis",
                            "Note"),
                    "No paired baseline and follow-up results in the period.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        OutcomeCells.text(sheet.createRow(0), 0, words.title(), styles.title());
        List<ChangeResult> changes = content.changes();
        if (changes.isEmpty()) {
            OutcomeCells.text(sheet.createRow(HEADER_ROW), 0, words.nothing(), styles.text());
            SheetLayout.print(sheet, true);
            return;
        }
        SheetLayout.widths(sheet, WIDTHS);
        Row header = sheet.createRow(HEADER_ROW);
        int lines = 1;
        for (int column = 0; column < COLUMNS; column++) {
            String label = words.header().get(column);
            OutcomeCells.text(header, column, label, styles.header());
            lines = Math.max(lines, (label.length() + WIDTHS[column] - 2) / (WIDTHS[column] - 1));
        }
        // LibreOffice keeps a row's stored height when it opens the file: wrapped headers need the room set here
        header.setHeightInPoints(lines * HEADER_LINE_POINTS);
        int row = HEADER_ROW + 1;
        for (ChangeResult change : changes) {
            write(sheet.createRow(row++), change, styles);
        }
        int last = row - 1;
        SheetLayout.table(sheet, HEADER_ROW, last, COLUMNS);
        SheetLayout.fitText(sheet);
        ChartPages pages = new ChartPages(sheet, true, COLUMNS);
        int end = last + 1;
        if (changes.stream().anyMatch(change -> !change.suppression().suppressed())) {
            NativeBarChart.Place place = chart(sheet, last, changes.size(), words);
            pages.keepTogether(place.firstRow(), place.endRow());
            end = place.endRow();
        }
        pages.printArea(end);
    }

    private static void write(Row row, ChangeResult change, Styles styles) {
        CellStyle mean = styles.decimal(change.decimals());
        CellStyle signed = styles.signed(change.decimals());
        CellStyle share = styles.percent(1);
        OutcomeCells.text(row, 0, change.projectCode(), styles.text());
        OutcomeCells.text(row, 1, change.indicatorCode(), styles.text());
        OutcomeCells.text(row, NAME_COLUMN, change.name(), styles.answerText());
        OutcomeCells.text(row, 3, change.unit(), styles.text());
        OutcomeCells.number(row, 4, change.pairs(), styles.count());
        OutcomeCells.number(row, 5, change.lost(), styles.count());
        OutcomeCells.number(row, 6, change.baselineMean(), mean);
        OutcomeCells.number(row, 7, change.followupMean(), mean);
        OutcomeCells.number(row, 8, change.change(), signed);
        OutcomeCells.number(row, 9, change.intervalLow(), signed);
        OutcomeCells.number(row, 10, change.intervalHigh(), signed);
        OutcomeCells.number(row, 11, change.improved(), styles.count());
        OutcomeCells.number(row, 12, change.same(), styles.count());
        OutcomeCells.number(row, 13, change.worse(), styles.count());
        List<Optional<Long>> parts = List.of(change.improved(), change.same(), change.worse());
        for (int part = 0; part < parts.size(); part++) {
            OutcomeCells.number(
                    row, FIRST_SHARE_COLUMN + part, OutcomeCells.share(parts.get(part), change.pairs()), share);
        }
        OutcomeCells.text(row, 17, change.basisLabel(), styles.text());
        OutcomeCells.text(row, 18, change.suppression().note().orElse(""), styles.text());
    }

    /**
     * Improved / same / worse shares stacked per result, below the table, as tall as the results need; returns where
     * it is.
     */
    private static NativeBarChart.Place chart(Sheet sheet, int lastTableRow, int results, Words words) {
        int first = HEADER_ROW + 1;
        int top = lastTableRow + 2;
        List<NativeBarChart.Series> series = List.of(0, 1, 2).stream()
                .map(part -> new NativeBarChart.Series(
                        words.header().get(11 + part),
                        new CellRangeAddress(
                                first, lastTableRow, FIRST_SHARE_COLUMN + part, FIRST_SHARE_COLUMN + part)))
                .toList();
        var place = new NativeBarChart.Place(NAME_COLUMN, top, 9, top + Math.max(CHART_MIN_ROWS, 4 + 2 * results));
        NativeBarChart.draw(
                sheet,
                place,
                words.title(),
                new CellRangeAddress(first, lastTableRow, NAME_COLUMN, NAME_COLUMN),
                series,
                NativeBarChart.Scale.SHARE,
                true);
        return place;
    }
}
