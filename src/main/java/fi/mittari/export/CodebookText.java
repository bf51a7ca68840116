package fi.mittari.export;

import java.util.List;

/**
 * The codebook as plain text for reading: each variable, its label and type, the versions and its values, in the
 * language of the labels.
 */
public final class CodebookText {

    private CodebookText() {}

    public static String of(ExportLayout layout, String title) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        CodebookWords words = layout.words();
        out.append(words.text("codebook.text.empty", words.missing())).append('\n');
        out.append(words.text("codebook.text.formulas")).append("\n\n");
        for (Column column : layout.columns()) {
            out.append(column.name())
                    .append("  (")
                    .append(column.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(")\n");
            if (!column.label().equals(column.name())) {
                out.append("  ")
                        .append(ScriptText.oneLine(column.label(), 1000))
                        .append('\n');
            }
            if (!column.versions().isEmpty()) {
                String versions = String.join(
                        ", ", column.versions().stream().map(String::valueOf).toList());
                out.append("  ")
                        .append(words.text("codebook.text.askedIn", column.questionKey(), versions))
                        .append('\n');
            }
            List<Column.ValueLabel> values = Codebook.cellValues(layout, column);
            values.forEach(v -> out.append("    ")
                    .append(v.value())
                    .append(" = ")
                    .append(ScriptText.oneLine(v.label(), 1000))
                    .append('\n'));
        }
        return out.toString();
    }
}
