package fi.mittari.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An R script that reads the export's CSV as text (so codes keep their form), makes numbers of the numeric columns,
 * factors with labelled levels of the coded ones, and keeps each variable's label in its "label" attribute (which
 * RStudio's viewer and the labelled packages show).
 */
public final class RScript {

    private RScript() {}

    public static String of(ExportLayout layout, String csvFileName) {
        StringBuilder out = new StringBuilder();
        out.append(ScriptText.preamble("#", csvFileName));
        out.append("answers <- read.csv(\"")
                .append(csvFileName)
                .append("\", encoding = \"UTF-8\", fileEncoding = ")
                .append("\"UTF-8-BOM\",\n    colClasses = \"character\", na.strings = \"\", check.names = FALSE)\n");
        for (Column column : layout.columns()) {
            String variable = "answers$" + column.name();
            if (column.kind().numeric()) {
                out.append(variable).append(" <- as.numeric(").append(variable).append(")\n");
            }
            List<Column.ValueLabel> values = Codebook.cellValues(layout, column);
            if (!values.isEmpty()) {
                out.append(variable)
                        .append(" <- factor(")
                        .append(variable)
                        .append(",\n    levels = c(")
                        .append(values.stream()
                                .map(v -> ScriptText.escaped(v.value(), 64))
                                .collect(Collectors.joining(", ")))
                        .append("),\n    labels = c(")
                        .append(values.stream()
                                .map(v -> ScriptText.escaped(v.label(), 256))
                                .collect(Collectors.joining(", ")))
                        .append("))\n");
            }
            out.append("attr(")
                    .append(variable)
                    .append(", \"label\") <- ")
                    .append(ScriptText.escaped(column.label(), 256))
                    .append('\n');
        }
        return out.toString();
    }
}
