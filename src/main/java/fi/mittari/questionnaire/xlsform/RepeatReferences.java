package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to a repeat's rows from where they have no one value. In ODK {@code ${age}} outside the repeat of
 * {@code age} means all its instances' answers; Mittari's copies are separate questions, so only the forms that name
 * one value are translated: {@code indexed-repeat(${age}, ${member}, 2)} is instance 2's copy, {@code count(${member})}
 * of a repeat with a numeric count is that number. Any other reference into a repeat is refused at its cell.
 */
final class RepeatReferences {

    private static final Pattern INDEXED =
            Pattern.compile("indexed-repeat\\(\\s*\\$\\{([^}]+)}\\s*,\\s*\\$\\{([^}]+)}\\s*,\\s*(\\d{1,6})\\s*\\)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\w-])count\\(\\s*\\$\\{([^}]+)}\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final SheetTable survey;
    private final ImportProblems problems;
    private final int nameColumn;
    private final Map<String, RepeatBlock> repeats = new HashMap<>();
    private final Map<String, RepeatBlock> repeatOfRow = new HashMap<>();
    private final Set<String> outsideNames;

    /** @param outsideNames the names of the rows outside every repeat, which keep their one value */
    RepeatReferences(SheetTable survey, ImportProblems problems, List<RepeatBlock> blocks, Set<String> outsideNames) {
        this.survey = survey;
        this.problems = problems;
        this.nameColumn = survey.column("name").orElse(-1);
        this.outsideNames = Set.copyOf(outsideNames);
        for (RepeatBlock block : blocks) {
            repeats.put(block.name(), block);
            block.bodyNames().forEach(name -> repeatOfRow.put(name, block));
        }
    }

    /** The row with its references translated; {@code within} is the repeat it belongs to, if any. */
    SheetTable.TableRow translated(SheetTable.TableRow row, Optional<RepeatBlock> within) {
        List<String> cells = new ArrayList<>(row.cells());
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (c == nameColumn || !cell.contains("${")) {
                continue;
            }
            cell = counted(indexed(cell, row, c), row, c);
            refuseOthers(cell, row, c, within);
            cells.set(c, cell);
        }
        return new SheetTable.TableRow(row.number(), cells);
    }

    private String indexed(String cell, SheetTable.TableRow row, int column) {
        return INDEXED.matcher(cell).replaceAll(call -> {
            RepeatBlock repeat = repeats.get(call.group(2));
            int instance = Integer.parseInt(call.group(3));
            if (repeat == null || !repeat.bodyNames().contains(call.group(1))) {
                error(
                        row,
                        column,
                        "'" + call.group() + "': ${" + call.group(1) + "} is not a row of a repeat named '"
                                + call.group(2) + "'");
            } else if (instance < 1 || instance > repeat.count().instances()) {
                error(
                        row,
                        column,
                        "'" + call.group() + "': repeat '" + repeat.name() + "' has instances 1 to "
                                + repeat.count().instances() + " in Mittari");
            } else {
                return Matcher.quoteReplacement("${" + repeat.copyName(instance, call.group(1)) + "}");
            }
            return Matcher.quoteReplacement(call.group());
        });
    }

    private String counted(String cell, SheetTable.TableRow row, int column) {
        return COUNT.matcher(cell).replaceAll(call -> {
            RepeatBlock repeat = repeats.get(call.group(1));
            if (repeat != null && repeat.count() instanceof RepeatCount.Fixed fixed) {
                return String.valueOf(fixed.instances());
            }
            if (repeat != null) {
                error(
                        row,
                        column,
                        "'" + call.group() + "' is known on import only for a repeat whose repeat_count is a"
                                + " number; count the instances with the question that repeat_count names instead");
            }
            return Matcher.quoteReplacement(call.group());
        });
    }

    private void refuseOthers(String cell, SheetTable.TableRow row, int column, Optional<RepeatBlock> within) {
        Matcher reference = REFERENCE.matcher(cell);
        while (reference.find()) {
            String name = reference.group(1);
            RepeatBlock repeat = repeatOfRow.get(name);
            boolean sameRepeat = within.isPresent() && within.get() == repeat;
            if (repeat != null && !sameRepeat && !outsideNames.contains(name)) {
                error(
                        row,
                        column,
                        "${" + name + "} is asked once in each instance of repeat '" + repeat.name()
                                + "', so here it has no one value; name one instance with indexed-repeat(${" + name
                                + "}, ${"
                                + repeat.name() + "}, 1)");
                return;
            }
            if (repeats.containsKey(name) && !outsideNames.contains(name)) {
                error(
                        row,
                        column,
                        "${" + name + "} is a repeat; of a repeat only count(${" + name + "}) is"
                                + " supported, when its repeat_count is a number");
                return;
            }
        }
    }

    private void error(SheetTable.TableRow row, int column, String message) {
        problems.error(survey.name(), row.number(), column, message);
    }
}
