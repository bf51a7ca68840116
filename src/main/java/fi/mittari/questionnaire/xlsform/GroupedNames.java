package fi.mittari.questionnaire.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names given again in another group. pyxform accepts them, since a row's XPath goes through its groups; Mittari's keys
 * are one flat set, so the later row's name is rewritten to {@code <group>_<name>} (made unique) with a warning at its
 * cell. A name repeated in the same group is left as it is, for the key check to refuse, as pyxform does. A
 * {@code ${name}} reference to a name written on more than one row is ambiguous, and refused wherever it stands, as
 * pyxform refuses it: its survey keeps one XPath per name and drops a name it meets twice.
 */
final class GroupedNames {

    /**
     * The survey with the later rows renamed; {@code renamed}: a name written once that had to give way to a name of
     * the same key (Litter and litter), with the name it became, so that references to it still find it;
     * {@code ambiguous}: a name written on more than one row, with those rows.
     */
    record Result(SheetTable survey, Map<String, String> renamed, Map<String, List<Integer>> ambiguous) {

        /** Why a reference to {@code name} cannot be followed, when it cannot. */
        Optional<String> ambiguity(String name) {
            return Optional.ofNullable(ambiguous.get(name))
                    .map(rows -> "${" + name + "} names more than one row (rows "
                            + rows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + "), so it is not clear which one it means; give them different names");
        }

        /** The keys of the survey's names, with the names that gave way still finding their rows. */
        Map<String, String> withRenamed(Map<String, String> keys) {
            Map<String, String> all = new LinkedHashMap<>(keys);
            renamed.forEach((name, newName) ->
                    Optional.ofNullable(keys.get(newName)).ifPresent(key -> all.putIfAbsent(name, key)));
            return all;
        }

        static Result none(SheetTable survey) {
            return new Result(survey, Map.of(), Map.of());
        }
    }

    /** The first row of a key: its name, the row and the begin row of its group (0 outside any group). */
    private record First(String name, int row, int group) {}

    private record Group(String name, int row) {}

    private GroupedNames() {}

    static Result rename(SheetTable survey, ImportProblems problems) {
        int nameColumn = survey.column("name").orElse(-1);
        if (nameColumn < 0) {
            return Result.none(survey);
        }
        Set<String> taken = new HashSet<>();
        survey.rows().forEach(row -> taken.add(Names.questionKey(row.get(nameColumn))));
        Map<String, First> firsts = new HashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, List<Integer>> ambiguous = new LinkedHashMap<>();
        Deque<Group> groups = new ArrayDeque<>();
        List<SheetTable.TableRow> rows = new ArrayList<>();
        for (SheetTable.TableRow row : survey.rows()) {
            String type = survey.value(row, "type").strip().toLowerCase(Locale.ROOT);
            String name = row.get(nameColumn).strip();
            boolean ends = type.startsWith("end") && !type.equals("end");
            if (ends) {
                groups.poll();
            }
            Group group = groups.isEmpty() ? new Group("", 0) : groups.peek();
            if (type.startsWith("begin")) {
                groups.push(new Group(name, row.number()));
            }
            if (name.isEmpty() || ends) {
                rows.add(row);
                continue;
            }
            String key = Names.questionKey(name);
            First first = firsts.putIfAbsent(key, new First(name, row.number(), group.row()));
            if (first != null && first.name().equals(name)) {
                ambiguous
                        .computeIfAbsent(name, n -> new ArrayList<>(List.of(first.row())))
                        .add(row.number());
                renamed.remove(name);
            }
            if (first == null || first.group() == group.row()) {
                rows.add(row);
            } else {
                String newName = unique(group.name().isEmpty() ? name : group.name() + "_" + name, taken);
                if (!ambiguous.containsKey(name)) {
                    renamed.put(name, newName);
                }
                problems.warning(
                        survey.name(),
                        row.number(),
                        nameColumn,
                        "name '" + name + "' gives the same key as the name of row " + first.row()
                                + ", in another group: this row's key is '" + Names.questionKey(newName) + "'");
                List<String> cells = new ArrayList<>(row.cells());
                cells.set(nameColumn, newName);
                rows.add(new SheetTable.TableRow(row.number(), cells));
            }
        }
        return new Result(survey.withRows(rows), renamed, ambiguous);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(Names.questionKey(candidate)); n++) {
            candidate = name + "_" + n;
        }
        taken.add(Names.questionKey(candidate));
        return candidate;
    }
}
