package fi.mittari.questionnaire.xlsform;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Refuses every cell that still refers to a left-out row with {@code ${name}}, at that cell. Leaving a question out is
 * what the author would do by deleting its row, and pyxform refuses a form that refers to a row it does not have: a
 * condition, check or value that reads the answer cannot be worked out without it, and a text that shows it would show
 * nothing. Guessing an empty answer instead would change what the form does without anyone deciding so.
 */
final class UnaskableReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([^}\\s]+)\\s*}");

    /**
     * Why a reference in each column cannot stand without the answer; other columns get {@link #ANY_OTHER}. Not
     * private: the staff page words each of them, and a test holds every column here to that.
     */
    static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("relevant", "whether to ask it cannot be worked out without that answer"),
            Map.entry("constraint", "the answer cannot be checked without that answer"),
            Map.entry("calculation", "the value cannot be worked out without that answer"),
            Map.entry("default", "the default cannot be worked out without that answer"),
            Map.entry("required", "whether an answer is needed cannot be worked out without that answer"),
            Map.entry("read_only", "whether it can be answered cannot be worked out without that answer"),
            Map.entry("choice_filter", "which choices to show cannot be worked out without that answer"),
            Map.entry("repeat_count", "how many times to repeat cannot be worked out without that answer"),
            Map.entry("trigger", "it is recalculated when that answer changes, which never happens without it"),
            Map.entry("label", "the text shows that answer, which would be missing"),
            Map.entry("hint", "the text shows that answer, which would be missing"),
            Map.entry("guidance_hint", "the text shows that answer, which would be missing"),
            Map.entry("constraint_message", "the text shows that answer, which would be missing"),
            Map.entry("required_message", "the text shows that answer, which would be missing"));

    static final String ANY_OTHER = "the form cannot be read there without that answer";

    private UnaskableReferences() {}

    /** Reports each cell of {@code sheet} (its name column aside) that refers to a row in {@code leftOut}. */
    static void refuse(SheetTable sheet, Map<String, UnaskableRows.LeftOut> leftOut, ImportProblems problems) {
        if (leftOut.isEmpty()) {
            return;
        }
        int nameColumn = sheet.column("name").orElse(-1);
        for (SheetTable.TableRow row : sheet.rows()) {
            for (int column = 0; column < row.cells().size(); column++) {
                if (column != nameColumn) {
                    refuse(sheet, row, column, leftOut, problems);
                }
            }
        }
    }

    private static void refuse(
            SheetTable sheet,
            SheetTable.TableRow row,
            int column,
            Map<String, UnaskableRows.LeftOut> leftOut,
            ImportProblems problems) {
        Matcher reference = REFERENCE.matcher(row.get(column));
        while (reference.find()) {
            UnaskableRows.LeftOut target = leftOut.get(reference.group(1));
            if (target != null) {
                String cell = sheet.name() + "!" + CellReference.convertNumToColString(column) + row.number();
                problems.error(
                        sheet.name(),
                        row.number(),
                        column,
                        cell + " refers to '" + target.name() + "', which is left out (" + target.reason() + "): "
                                + why(
                                        column < sheet.headers().size()
                                                ? sheet.headers().get(column)
                                                : "")
                                + "; rewrite the cell without it or remove it");
                return;
            }
        }
    }

    private static String why(String header) {
        String base = header.split("::", 2)[0].toLowerCase(Locale.ROOT);
        return WHY.getOrDefault(base, ANY_OTHER);
    }
}
