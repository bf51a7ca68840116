package fi.mittari.export;

import java.util.List;

/**
 * A Stata do-file that imports the export's CSV as strings, makes numbers of the numeric columns, and turns each coded
 * column into numbered categories (1, 2, … in the codebook's order) with a value label holding the codes' labels, since
 * Stata labels only numbers; the code itself stays readable in the label list of the codebook.
 */
public final class StataDo {

    private StataDo() {}

    public static String of(ExportLayout layout, String csvFileName) {
        StringBuilder out = new StringBuilder();
        out.append(ScriptText.preamble("*", csvFileName));
        out.append("import delimited using \"")
                .append(csvFileName)
                .append("\", varnames(1) encoding(\"utf-8\") stringcols(_all) bindquote(strict) clear\n");
        for (Column column : layout.columns()) {
            String name = column.name();
            if (column.kind().numeric()) {
                out.append("destring ").append(name).append(", replace\n");
            }
            List<Column.ValueLabel> values = Codebook.cellValues(layout, column);
            if (!values.isEmpty() && column.kind().numeric()) {
                out.append("label define ").append(name);
                values.forEach(
                        v -> out.append(' ').append(v.value()).append(' ').append(ScriptText.compound(v.label(), 80)));
                out.append(", replace\n");
                out.append("label values ")
                        .append(name)
                        .append(' ')
                        .append(name)
                        .append('\n');
            } else if (!values.isEmpty()) {
                out.append("generate long _coded = .\n");
                for (int i = 0; i < values.size(); i++) {
                    out.append("replace _coded = ")
                            .append(i + 1)
                            .append(" if ")
                            .append(name)
                            .append(" == ")
                            .append(ScriptText.compound(values.get(i).value(), 64))
                            .append('\n');
                }
                out.append("label define ").append(name);
                for (int i = 0; i < values.size(); i++) {
                    out.append(' ')
                            .append(i + 1)
                            .append(' ')
                            .append(ScriptText.compound(values.get(i).label(), 80));
                }
                out.append(", replace\n");
                out.append("drop ").append(name).append('\n');
                out.append("rename _coded ").append(name).append('\n');
                out.append("label values ")
                        .append(name)
                        .append(' ')
                        .append(name)
                        .append('\n');
            }
            out.append("label variable ")
                    .append(name)
                    .append(' ')
                    .append(ScriptText.compound(column.label(), 80))
                    .append('\n');
        }
        // a coded column was made anew at the end: back to the CSV's order
        out.append("order");
        layout.columns().forEach(c -> out.append(' ').append(c.name()));
        out.append('\n');
        return out.toString();
    }
}
