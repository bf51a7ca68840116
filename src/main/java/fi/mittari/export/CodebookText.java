package fi.mittari.export;

import java.util.List;

/** The codebook as plain text for reading: each variable, its label and type, the versions and its values. */
public final class CodebookText {

    private CodebookText() {}

    public static String of(ExportLayout layout, String title) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("Empty cell: ").append(Codebook.MISSING).append(".\n");
        out.append("Text starting with = + - @ has an apostrophe in front so that spreadsheets keep it text.\n\n");
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
                out.append("  question ").append(column.questionKey()).append(", asked in version(s) ");
                out.append(String.join(
                                ", ",
                                column.versions().stream().map(String::valueOf).toList()))
                        .append('\n');
            }
            List<Column.ValueLabel> values = Codebook.cellValues(column);
            values.forEach(v -> out.append("    ")
                    .append(v.value())
                    .append(" = ")
                    .append(ScriptText.oneLine(v.label(), 1000))
                    .append('\n'));
        }
        return out.toString();
    }
}
