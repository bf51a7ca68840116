package fi.mittari.export;

import java.util.List;

/**
 * An SPSS syntax file that reads the export's CSV (UTF-8, first line the names) with each variable's type, then gives
 * every variable its label and every coded variable its value labels. Dummies, ranks and numbers are numeric; codes,
 * days and texts strings.
 */
public final class SpssSyntax {

    private SpssSyntax() {}

    public static String of(ExportLayout layout, String csvFileName) {
        List<Column> columns = layout.columns();
        StringBuilder out = new StringBuilder();
        out.append(ScriptText.preamble("*", csvFileName));
        out.append("SET UNICODE=ON.\n");
        out.append("GET DATA /TYPE=TXT /FILE='").append(csvFileName).append("' /ENCODING='UTF8'\n");
        out.append("  /DELCASE=LINE /DELIMITERS=\",\" /QUALIFIER='\"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2\n");
        out.append("  /VARIABLES=\n");
        for (Column column : columns) {
            out.append("  ")
                    .append(column.name())
                    .append(' ')
                    .append(format(column))
                    .append('\n');
        }
        out.append(".\n");
        out.append("VARIABLE LABELS\n");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            out.append(i == 0 ? "  " : "  /").append(column.name()).append(' ');
            out.append(ScriptText.single(column.label(), 256)).append('\n');
        }
        out.append(".\n");
        boolean first = true;
        for (Column column : columns) {
            List<Column.ValueLabel> values = Codebook.cellValues(layout, column);
            if (values.isEmpty()) {
                continue;
            }
            out.append(first ? "VALUE LABELS\n  " : "  /").append(column.name());
            first = false;
            for (Column.ValueLabel value : values) {
                out.append(' ').append(column.kind().numeric() ? value.value() : ScriptText.single(value.value(), 64));
                out.append(' ').append(ScriptText.single(value.label(), 120));
            }
            out.append('\n');
        }
        if (!first) {
            out.append(".\n");
        }
        out.append("EXECUTE.\n");
        return out.toString();
    }

    private static String format(Column column) {
        return switch (column.kind()) {
            case VERSION, DUMMY, RANK -> "F8.0";
            case NUMBER -> "F16.4";
            case DAY, DATE -> "A10";
            case TIME -> "A5";
            case DATETIME -> "A16";
            case TEXT -> "A32767";
            case CALCULATED -> "A2000";
            default -> "A64";
        };
    }
}
