package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.WorkbookContent;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Who was reached: one titled table per group of people and breakdown (participants and respondents, by sector and
 * by region), stacked like the Activities sheet and for the same reasons: count, share of the table's total, and the
 * suppression note; each table ends with its total (outside the filter, so sorting keeps it last). The tables share their columns, so the first header is frozen and
 * repeated on printed pages; the one autofilter Excel allows covers the largest table.
 */
final class ReachSheet implements ContentSheet {

    private record Words(String sheet, String[] headers, String total, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Tavoittavuus",
                    new String[] {"Ryhmä", "Lukumäärä", "Osuus", "Huomautus"},
                    "Yhteensä",
                    "Ei tavoittavuustietoja.");
            case SV -> new Words(
                    "Räckvidd",
                    new String[] {"Grupp", "Antal", "Andel", "Anmärkning"},
                    "Totalt",
                    "Inga uppgifter om räckvidd.");
            case EN -> new Words(
                    "Reach", new String[] {"Group", "Count", "Share", "Note"}, "Total", "No reach figures.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 34, 12, 10, 40);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = -1;
        CellRangeAddress filtered = null;
        for (Reach.ReachTable table : content.reach().tables()) {
            if (header >= 0) {
                rows.skip();
            }
            rows.section(table.title());
            int tableHeader = rows.header(words.headers());
            header = header < 0 ? tableHeader : header;
            for (Reach.ReachRow row : table.rows()) {
                boolean hidden = row.suppression().suppressed();
                rows.line()
                        .answer(row.label())
                        .count(hidden ? Optional.empty() : row.count())
                        .number(hidden ? Optional.empty() : row.share(), styles.percent(1))
                        .answer(row.suppression().note());
            }
            int lastRow = Math.max(tableHeader, rows.last());
            rows.line().styled(words.total(), styles.section()).count(table.total());
            if (filtered == null || lastRow - tableHeader > filtered.getLastRow() - filtered.getFirstRow()) {
                filtered = new CellRangeAddress(tableHeader, lastRow, 0, words.headers().length - 1);
            }
        }
        if (header < 0) {
            header = rows.header(words.headers());
            rows.line().text(words.nothing());
        }
        sheet.createFreezePane(0, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        if (filtered != null) {
            sheet.setAutoFilter(filtered);
        }
        SheetLayout.print(sheet, false);
    }
}
