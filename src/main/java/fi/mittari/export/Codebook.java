package fi.mittari.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The codebook of an export, one line per coded value (or one per column without coded values): variable, question
 * key, label, type, value, value label, the questionnaire versions that asked it and what an empty cell means. Every
 * format carries it: a sheet, a CSV file and a text file, headed and worded in the language of the labels
 * ({@link CodebookWords}).
 */
public final class Codebook {

    private Codebook() {}

    public static List<List<String>> lines(ExportLayout layout) {
        List<List<String>> lines = new ArrayList<>();
        for (Column column : layout.columns()) {
            List<Column.ValueLabel> values = cellValues(layout, column);
            if (values.isEmpty()) {
                lines.add(line(layout, column, "", ""));
            }
            values.forEach(v -> lines.add(line(layout, column, v.value(), v.label())));
        }
        return lines;
    }

    /** The values a column's cells hold with their meaning: the coded ones, or 0 and 1 of a ticked option. */
    static List<Column.ValueLabel> cellValues(ExportLayout layout, Column column) {
        if (column.kind() == ColumnKind.DUMMY) {
            CodebookWords words = layout.words();
            return List.of(new Column.ValueLabel("0", words.notTicked()), new Column.ValueLabel("1", words.ticked()));
        }
        return column.values();
    }

    private static List<String> line(ExportLayout layout, Column column, String value, String label) {
        String versions = column.versions().stream().map(String::valueOf).collect(Collectors.joining(" "));
        return List.of(
                column.name(),
                column.questionKey(),
                column.label(),
                column.kind().name().toLowerCase(java.util.Locale.ROOT),
                value,
                label,
                versions,
                column.versions().isEmpty() ? "" : layout.words().missing());
    }
}
