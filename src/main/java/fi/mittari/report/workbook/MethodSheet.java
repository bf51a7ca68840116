package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Method;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How the figures were made: a table of the indicators (code, name, plain-language definition, exact rule, data
 * basis, source), then the interval method, the suppression rule, and what changed since the previous report of the
 * same definition as the preparer lists it.
 */
final class MethodSheet implements ContentSheet {

    private record Words(
            String sheet,
            String[] headers,
            String intervalMethod,
            String suppressionRule,
            String changes,
            String noneListed,
            String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Menetelmä",
                    new String[] {"Tunnus", "Indikaattori", "Määritelmä", "Laskentasääntö", "Tiedon perusta", "Lähde"},
                    "Luottamusväli",
                    "Pienten ryhmien piilotus",
                    "Muutokset edelliseen raporttiin",
                    "Ei muutoksia.",
                    "Ei indikaattoreita.");
            case SV -> new Words(
                    "Metod",
                    new String[] {"Kod", "Indikator", "Definition", "Beräkningsregel", "Underlag", "Källa"},
                    "Konfidensintervall",
                    "Döljning av små grupper",
                    "Ändringar sedan föregående rapport",
                    "Inga ändringar.",
                    "Inga indikatorer.");
            case EN -> new Words(
                    "Method",
                    new String[] {"Code", "Indicator", "Definition", "Rule", "Data basis", "Source"},
                    "Interval method",
                    "Suppression rule",
                    "Changes since the previous report",
                    "No changes.",
                    "No indicators.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        Method method = content.method();
        SheetLayout.widths(sheet, 20, 28, 40, 44, 14, 22);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.headers());
        for (Method.IndicatorMethod indicator : method.indicators()) {
            rows.line()
                    .answer(indicator.code())
                    .wrappedAnswer(indicator.name())
                    .wrappedAnswer(indicator.definition())
                    .wrappedAnswer(indicator.rule())
                    .text(indicator.basisLabel())
                    .wrappedAnswer(indicator.source());
        }
        if (method.indicators().isEmpty()) {
            rows.line().text(words.nothing());
        }
        int lastRow = rows.last();
        rows.skip();
        int columns = words.headers().length;
        rows.section(words.intervalMethod());
        rows.paragraph(method.intervalMethod(), columns);
        rows.skip();
        rows.section(words.suppressionRule());
        rows.paragraph(method.suppressionRule(), columns);
        rows.skip();
        rows.section(words.changes());
        // the content cannot tell "first report" from "nothing changed": the preparer says which as the list's line
        // in the report's language; an empty list gets a neutral "no changes" so the heading never stands alone
        if (method.changesSincePrevious().isEmpty()) {
            rows.line().text(words.noneListed());
        }
        for (String change : method.changesSincePrevious()) {
            rows.paragraph(change, columns);
        }
        SheetLayout.table(sheet, header, lastRow, words.headers().length);
        SheetLayout.print(sheet, true);
    }
}
