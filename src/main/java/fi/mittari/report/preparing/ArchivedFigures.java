package fi.mittari.report.preparing;

import fi.mittari.report.content.WorkbookContent;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report said, kept with the archived file so the next report can list what changed: each summary figure
 * (key {@code project/indicator}, value as plain text, or "suppressed") and each indicator's rule text (key: code).
 */
public record ArchivedFigures(Instant generatedAt, Map<String, String> figures, Map<String, String> rules) {

    public ArchivedFigures {
        figures = Map.copyOf(figures);
        rules = Map.copyOf(rules);
    }

    /** The figures of {@code content}, as they are archived with its file. */
    public static ArchivedFigures of(WorkbookContent content) {
        Map<String, String> figures = new TreeMap<>();
        content.summary()
                .forEach(row -> figures.put(
                        row.projectCode() + "/" + row.indicatorCode(),
                        row.suppression().suppressed()
                                ? "suppressed"
                                : row.value()
                                        .value()
                                        .map(v -> v.stripTrailingZeros().toPlainString())
                                        .orElse("")));
        Map<String, String> rules = new TreeMap<>();
        content.method().indicators().forEach(m -> rules.put(m.code(), m.definition() + " | " + m.rule()));
        return new ArchivedFigures(content.cover().generatedAt(), figures, rules);
    }
}
