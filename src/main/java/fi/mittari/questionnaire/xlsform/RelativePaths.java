package fi.mittari.questionnaire.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-step relative paths in a row's expressions ({@code ./source} in a group's relevant, {@code ../other} beside a
 * question), written as the {@code ${name}} they mean. In XPath the expression's context is the row's own node: a
 * group's {@code ./source} is its child {@code source}, and {@code ../other} is a child of the row's parent group (a
 * sibling). A path is rewritten only when exactly one row of that name stands there and no other row has the name,
 * so that {@code ${name}} means that row; anything else (a longer path, a name found nowhere or written twice) stays
 * as written, for the translator to refuse.
 */
final class RelativePaths {

    /** The columns XPath expressions are written in; a choice filter's context is a choice, not the row. */
    private static final List<String> COLUMNS = List.of("relevant", "constraint", "calculation", "required");

    /**
     * A quoted text, which is left alone, or a one-step path: {@code .} or {@code ..}, a slash and a name, not part of
     * a longer path or name on either side.
     */
    private static final Pattern TEXT_OR_PATH = Pattern.compile("('[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”)"
            + "|(?<![\\w.}/\\])-])(\\.\\.?)/([A-Za-z_][\\w.-]*)(?![\\w.-]|\\s*/|\\s*\\[)");

    private RelativePaths() {}

    /**
     * The survey with one-step relative paths written as references. It reads the sheet as written, before loops and
     * repeats are expanded, which then point a {@code ${name}} inside them to the same instance's copy.
     */
    static SheetTable resolve(SheetTable survey, ImportProblems problems) {
        int nameColumn = survey.column("name").orElse(-1);
        if (nameColumn < 0) {
            return survey;
        }
        // the begin row of each row's group (0 at the top) and the rows directly in each group, by name
        Map<Integer, Integer> parents = new HashMap<>();
        Map<Integer, Map<String, List<Integer>>> children = new HashMap<>();
        Map<String, Integer> written = new HashMap<>();
        Deque<Integer> groups = new ArrayDeque<>();
        for (SheetTable.TableRow row : survey.rows()) {
            String type = survey.value(row, "type").strip().toLowerCase(Locale.ROOT);
            if (type.startsWith("end") && !type.equals("end")) {
                groups.poll();
                continue;
            }
            int parent = groups.isEmpty() ? 0 : groups.peek();
            parents.put(row.number(), parent);
            String name = row.get(nameColumn).strip();
            if (!name.isEmpty()) {
                written.merge(name, 1, Integer::sum);
            }
            // a group's value is all its answers run together, which no ${name} stands for
            if (!name.isEmpty() && !type.startsWith("begin")) {
                children.computeIfAbsent(parent, group -> new HashMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>())
                        .add(row.number());
            }
            if (type.startsWith("begin")) {
                groups.push(row.number());
            }
        }
        List<SheetTable.TableRow> rows = new ArrayList<>();
        for (SheetTable.TableRow row : survey.rows()) {
            boolean group =
                    survey.value(row, "type").strip().toLowerCase(Locale.ROOT).startsWith("begin");
            List<String> cells = new ArrayList<>(row.cells());
            for (String header : COLUMNS) {
                int column = survey.column(header).orElse(-1);
                if (column < 0 || column >= cells.size() || !cells.get(column).contains("/")) {
                    continue;
                }
                Matcher matcher = TEXT_OR_PATH.matcher(cells.get(column));
                StringBuilder rewritten = new StringBuilder();
                while (matcher.find()) {
                    String replacement = matcher.group();
                    if (matcher.group(2) != null) {
                        // "." is the row's own node, so only a group has children under it
                        Integer context = matcher.group(2).equals("..")
                                ? parents.get(row.number())
                                : group ? Integer.valueOf(row.number()) : null;
                        String name = matcher.group(3);
                        List<Integer> named = context == null
                                ? List.of()
                                : children.getOrDefault(context, Map.of()).getOrDefault(name, List.of());
                        // a name on more than one row is one ${name} cannot tell apart, as pyxform says
                        if (named.size() == 1 && written.get(name) == 1) {
                            replacement = "${" + name + "}";
                            problems.warning(
                                    survey.name(),
                                    row.number(),
                                    column,
                                    header + ": the relative path '" + matcher.group() + "' names row " + named.get(0)
                                            + ": read as " + replacement);
                        }
                    }
                    matcher.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
                }
                matcher.appendTail(rewritten);
                cells.set(column, rewritten.toString());
            }
            rows.add(new SheetTable.TableRow(row.number(), cells));
        }
        return survey.withRows(rows);
    }
}
