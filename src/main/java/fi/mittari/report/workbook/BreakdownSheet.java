package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.BreakdownRow;
import fi.mittari.report.content.WorkbookContent;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Every indicator's breakdowns as one long table (project, indicator, breakdown, group, value, n, interval, note), so
 * one autofilter picks any indicator or breakdown. Suppressed groups show no figures, only the note.
 */
final class BreakdownSheet implements ContentSheet {

    private record Words(String sheet, String[] headers, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Erittelyt",
                    new String[] {
                        "Hanke",
                        "Tunnus",
                        "Indikaattori",
                        "Erittely",
                        "Ryhmä",
                        "Arvo",
                        "n",
                        "95 % alaraja",
                        "95 % yläraja",
                        "Huomautus"
                    },
                    "Ei erittelyjä.");
            case SV -> new Words(
                    "Fördelningar",
                    new String[] {
                        "Projekt",
                        "Kod",
                        "Indikator",
                        "Fördelning",
                        "Grupp",
                        "Värde",
                        "n",
                        "95 % nedre",
                        "95 % övre",
                        "Anmärkning"
                    },
                    "Inga fördelningar.");
            case EN -> new Words(
                    "Breakdowns",
                    new String[] {
                        "Project",
                        "Code",
                        "Indicator",
                        "Breakdown",
                        "Group",
                        "Value",
                        "n",
                        "95 % low",
                        "95 % high",
                        "Note"
                    },
                    "No breakdowns.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 9, 20, 30, 16, 22, 10, 7, 10, 10, 26);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.headers());
        for (BreakdownRow row : content.breakdowns()) {
            boolean hidden = row.suppression().suppressed();
            CellStyle format =
                    Rows.styleOf(styles, row.value().format(), row.value().decimals());
            rows.line()
                    .answer(row.projectCode())
                    .answer(row.indicatorCode())
                    .wrappedAnswer(row.indicatorName())
                    .answer(row.breakdownLabel())
                    .answer(row.groupLabel())
                    .figure(row.value(), hidden)
                    .count(hidden ? Optional.empty() : row.n())
                    .number(hidden ? Optional.empty() : row.intervalLow(), format)
                    .number(hidden ? Optional.empty() : row.intervalHigh(), format)
                    .answer(row.suppression().note());
        }
        if (content.breakdowns().isEmpty()) {
            rows.line().text(words.nothing());
        }
        SheetLayout.table(sheet, header, rows.last(), words.headers().length);
        SheetLayout.print(sheet, true);
    }
}
