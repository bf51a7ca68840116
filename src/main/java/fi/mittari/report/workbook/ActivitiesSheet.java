package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Events and participants: the total, then one titled table per breakdown (month, region, event type), stacked
 * top to bottom. Stacked rather than side by side so the sheet prints one page wide in readable type. The tables share
 * their columns, so the header above the total is frozen and repeated on printed pages and labels every table; each
 * table repeats it under its title as well. Excel allows one autofilter per sheet: it covers the largest table.
 */
final class ActivitiesSheet implements ContentSheet {

    private record Words(String sheet, String[] headers, String total) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Toiminta",
                    new String[] {
                        "Ryhmä",
                        "Tilaisuuksia",
                        "Tilaisuuksia, joiden osallistujat kirjattu",
                        "Osallistujia",
                        "Keskiarvo / tilaisuus",
                        "Mediaani / tilaisuus",
                        "Enintään / tilaisuus",
                        "Huomautus"
                    },
                    "Yhteensä");
            case SV -> new Words(
                    "Verksamhet",
                    new String[] {
                        "Grupp",
                        "Evenemang",
                        "Evenemang med registrerade deltagare",
                        "Deltagare",
                        "Medelvärde / evenemang",
                        "Median / evenemang",
                        "Högst / evenemang",
                        "Anmärkning"
                    },
                    "Totalt");
            case EN -> new Words(
                    "Activities",
                    new String[] {
                        "Group",
                        "Events",
                        "Events with attendance recorded",
                        "Participants",
                        "Mean per event",
                        "Median per event",
                        "Max per event",
                        "Note"
                    },
                    "Total");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        Activities activities = content.activities();
        SheetLayout.widths(sheet, 28, 12, 16, 13, 14, 14, 14, 14);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.headers());
        row(rows, words.total(), activities.total(), styles);
        CellRangeAddress filtered = null;
        for (Activities.ActivityTable table : activities.tables()) {
            rows.skip();
            rows.section(table.title());
            int tableHeader = rows.header(words.headers());
            for (Activities.ActivityRow row : table.rows()) {
                row(rows, row.label(), row, styles);
            }
            int lastRow = Math.max(tableHeader, rows.last());
            if (filtered == null || lastRow - tableHeader > filtered.getLastRow() - filtered.getFirstRow()) {
                filtered = new CellRangeAddress(tableHeader, lastRow, 0, words.headers().length - 1);
            }
        }
        sheet.createFreezePane(0, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        if (filtered != null) {
            sheet.setAutoFilter(filtered);
        }
        SheetLayout.print(sheet, false);
    }

    private static void row(Rows rows, String label, Activities.ActivityRow row, Styles styles) {
        rows.line()
                .answer(label)
                .count(row.events())
                .count(row.eventsWithAttendance())
                .count(row.participants())
                .number(row.meanPerEvent(), styles.decimal(1))
                .number(row.medianPerEvent(), styles.decimal(1))
                .count(row.maxPerEvent())
                .answer(row.suppression().note());
    }
}
