package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Each project goal against what was achieved: goal, indicator, baseline, target and actual (in the actual's format),
 * data basis, and the one-line text to paste into the funder's online form (wrapped, so it reads in full).
 */
final class GoalsSheet implements ContentSheet {

    private record Words(String sheet, String[] headers, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Tulokset tavoitteisiin",
                    new String[] {
                        "Hanke",
                        "Tavoite",
                        "Indikaattori",
                        "Lähtötaso",
                        "Tavoitetaso",
                        "Toteuma",
                        "Tiedon perusta",
                        "Teksti lomakkeelle",
                        "Huomautus"
                    },
                    "Ei tavoitteita.");
            case SV -> new Words(
                    "Resultat mot mål",
                    new String[] {
                        "Projekt",
                        "Mål",
                        "Indikator",
                        "Utgångsläge",
                        "Målnivå",
                        "Utfall",
                        "Underlag",
                        "Text för blanketten",
                        "Anmärkning"
                    },
                    "Inga mål.");
            case EN -> new Words(
                    "Results against goals",
                    new String[] {
                        "Project",
                        "Goal",
                        "Indicator",
                        "Baseline",
                        "Target",
                        "Actual",
                        "Data basis",
                        "Text for the form",
                        "Note"
                    },
                    "No goals.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 9, 30, 24, 10, 11, 10, 15, 50, 20);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.headers());
        for (GoalResult goal : content.goals()) {
            boolean hidden = goal.suppression().suppressed();
            CellStyle format =
                    Rows.styleOf(styles, goal.actual().format(), goal.actual().decimals());
            rows.line()
                    .answer(goal.projectCode())
                    .wrappedAnswer(goal.goal())
                    .wrappedAnswer(indicator(goal))
                    .number(goal.baseline(), format)
                    .number(goal.target(), format)
                    .figure(goal.actual(), hidden)
                    .text(goal.basisLabel())
                    .wrappedAnswer(goal.pasteText())
                    .answer(goal.suppression().note());
        }
        if (content.goals().isEmpty()) {
            rows.line().text(words.nothing());
        }
        SheetLayout.table(sheet, header, rows.last(), words.headers().length);
        SheetLayout.print(sheet, true);
    }

    private static String indicator(GoalResult goal) {
        String name = goal.indicatorName().orElse("");
        return goal.indicatorCode()
                .map(code -> name.isEmpty() ? code : code + " " + name)
                .orElse(name);
    }
}
