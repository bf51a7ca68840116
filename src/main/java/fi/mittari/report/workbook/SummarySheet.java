package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.WorkbookContent;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One row per indicator and project: the value in its own format (shares as percentages), n, numerator and
 * denominator, the 95 % interval, baseline, target and progress, what the figure rests on, and the suppression note.
 * A suppressed row shows no figures at all (empty cells, never 0), only the note.
 */
final class SummarySheet implements ContentSheet {

    private record Words(String sheet, String[] headers, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Yhteenveto",
                    new String[] {
                        "Hanke",
                        "Tunnus",
                        "Indikaattori",
                        "Arvo",
                        "Yksikkö",
                        "n",
                        "Osoittaja",
                        "Nimittäjä",
                        "95 % alaraja",
                        "95 % yläraja",
                        "Lähtötaso",
                        "Tavoite",
                        "Edistyminen",
                        "Tiedon perusta",
                        "Huomautus"
                    },
                    "Ei indikaattoreita tällä kaudella.");
            case SV -> new Words(
                    "Sammanfattning",
                    new String[] {
                        "Projekt",
                        "Kod",
                        "Indikator",
                        "Värde",
                        "Enhet",
                        "n",
                        "Täljare",
                        "Nämnare",
                        "95 % nedre",
                        "95 % övre",
                        "Utgångsläge",
                        "Mål",
                        "Framsteg",
                        "Underlag",
                        "Anmärkning"
                    },
                    "Inga indikatorer för perioden.");
            case EN -> new Words(
                    "Summary",
                    new String[] {
                        "Project",
                        "Code",
                        "Indicator",
                        "Value",
                        "Unit",
                        "n",
                        "Numerator",
                        "Denominator",
                        "95 % low",
                        "95 % high",
                        "Baseline",
                        "Target",
                        "Progress",
                        "Data basis",
                        "Note"
                    },
                    "No indicators for the period.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 9, 20, 30, 10, 10, 7, 10, 11, 10, 10, 10, 9, 12, 14, 24);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.headers());
        for (SummaryRow row : content.summary()) {
            boolean hidden = row.suppression().suppressed();
            CellStyle format =
                    Rows.styleOf(styles, row.value().format(), row.value().decimals());
            rows.line()
                    .answer(row.projectCode())
                    .answer(row.indicatorCode())
                    .wrappedAnswer(row.name())
                    .figure(row.value(), hidden)
                    .answer(row.unit())
                    .count(hidden ? Optional.empty() : row.n())
                    .count(hidden ? Optional.empty() : row.numerator())
                    .count(hidden ? Optional.empty() : row.denominator())
                    .number(hidden ? Optional.empty() : row.intervalLow(), format)
                    .number(hidden ? Optional.empty() : row.intervalHigh(), format)
                    .number(row.baseline(), format)
                    .number(row.target(), format)
                    .number(hidden ? Optional.empty() : row.progress(), styles.percent(1))
                    .text(row.basisLabel())
                    .answer(row.suppression().note());
        }
        if (content.summary().isEmpty()) {
            rows.line().text(words.nothing());
        }
        SheetLayout.table(sheet, header, rows.last(), words.headers().length);
        SheetLayout.print(sheet, true);
    }
}
