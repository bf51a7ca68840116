package fi.mittari.questionnaire.xlsform;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.yaml.snakeyaml.Yaml;

/**
 * Points a problem that the questionnaire reader found in the converted YAML back at the workbook cell it came from,
 * so a form author fixes the spreadsheet they wrote, not YAML they never saw: {@code pages[1].questions[0].relevant}
 * becomes the relevant cell of that question's survey row.
 */
public final class SurveyCells {

    static final SurveyCells NONE = new SurveyCells("survey", Map.of(), Map.of());

    private static final Pattern CELL = Pattern.compile("[^!]+![A-Z]+\\d+");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_]+)(?:\\[(\\d+)])?");
    /** The YAML lists whose entries are survey rows, found again by their key. */
    private static final List<String> ROW_LISTS = List.of("pages", "questions", "items");

    private final String sheet;
    private final Map<String, Integer> rowsByKey;
    private final Map<String, Integer> columnsByHeader;

    SurveyCells(String sheet, Map<String, Integer> rowsByKey, Map<String, Integer> columnsByHeader) {
        this.sheet = sheet;
        this.rowsByKey = Map.copyOf(rowsByKey);
        this.columnsByHeader = Map.copyOf(columnsByHeader);
    }

    /** The problems, each found in {@code yaml} placed at its survey cell; problems already at a cell are kept. */
    List<DefinitionProblem> locate(String yaml, List<DefinitionProblem> problems) {
        Object root = yaml.isBlank() ? Map.of() : new Yaml().load(yaml);
        return problems.stream().map(problem -> locate(root, problem)).toList();
    }

    private DefinitionProblem locate(Object root, DefinitionProblem problem) {
        if (CELL.matcher(problem.path()).matches()) {
            return problem;
        }
        Origin origin = origin(root, problem.path()).orElse(new Origin(1, 0));
        String cell = sheet + "!" + CellReference.convertNumToColString(origin.column()) + origin.row();
        return new DefinitionProblem(
                problem.source(),
                origin.row(),
                origin.column() + 1,
                cell,
                problem.message() + " (" + problem.path() + " in the converted questionnaire)",
                problem.severity());
    }

    /** Walks the path through the YAML; the last row-like entry on the way is the row, the next name its column. */
    private Optional<Origin> origin(Object root, String path) {
        Object node = root;
        Optional<Origin> found = Optional.empty();
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length && node != null; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                break;
            }
            node = node instanceof Map<?, ?> map ? map.get(segment.group(1)) : null;
            if (segment.group(2) != null) {
                int index = Integer.parseInt(segment.group(2));
                node = node instanceof List<?> list && index < list.size() ? list.get(index) : null;
            }
            if (ROW_LISTS.contains(segment.group(1))
                    && node instanceof Map<?, ?> entry
                    && rowsByKey.containsKey(String.valueOf(entry.get("key")))) {
                String attribute = i + 1 < segments.length ? segments[i + 1].replaceAll("\\[.*", "") : "";
                found = Optional.of(new Origin(
                        rowsByKey.get(String.valueOf(entry.get("key"))),
                        columnsByHeader.getOrDefault(attribute, columnsByHeader.getOrDefault("type", 0))));
            }
        }
        return found;
    }

    /** A survey row as Excel numbers it and a 0-based column. */
    private record Origin(int row, int column) {}
}
