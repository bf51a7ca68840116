package fi.mittari.questionnaire.xlsform;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a repeat's {@code repeat_count} cell into a {@link RepeatCount}: a number is the count; a reference to a
 * question takes its largest value from that question's constraint ({@code . <= 8}) or, for a calculate, its number;
 * any other expression, or a question without such a bound, is asked at most {@link RepeatCount#DEFAULT_MOST} times.
 */
final class RepeatCounts {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,6})(?:\\.0*)?");
    private static final Pattern ONE_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    /** An upper bound in a constraint that is a conjunction: {@code . <= 8}, {@code (. < 9)}. */
    private static final Pattern UPPER_BOUND = Pattern.compile("\\.\\s*(<=|<)\\s*(\\d{1,6})(?![\\d.])");

    private final SheetTable survey;
    private final ImportProblems problems;
    private final int countColumn;

    RepeatCounts(SheetTable survey, ImportProblems problems) {
        this.survey = survey;
        this.problems = problems;
        this.countColumn = survey.column("repeat_count")
                .or(() -> survey.column("jr:count"))
                .orElse(-1);
    }

    /** The column of the counts, to be left blank in the expanded rows; -1 when the sheet has none. */
    int column() {
        return countColumn;
    }

    /** The repeat's count; empty, with an error at the cell, when it cannot be asked. */
    Optional<RepeatCount> read(SheetTable.TableRow repeat, List<SheetTable.TableRow> rows) {
        String cell = repeat.get(countColumn).strip();
        if (cell.isEmpty()) {
            return Optional.of(new RepeatCount.OnRequest(RepeatCount.DEFAULT_MOST));
        }
        Matcher number = NUMBER.matcher(cell);
        if (number.matches()) {
            int count = Integer.parseInt(number.group(1));
            if (count < 1 || count > RepeatCount.MOST) {
                error(
                        repeat,
                        "repeat_count " + cell + " cannot be asked: a repeat has 1 to " + RepeatCount.MOST
                                + " instances in Mittari, each a group of its own questions");
                return Optional.empty();
            }
            return Optional.of(new RepeatCount.Fixed(count));
        }
        Matcher reference = ONE_REFERENCE.matcher(cell);
        OptionalInt bound = reference.matches() ? upperBound(reference.group(1), rows) : OptionalInt.empty();
        if (bound.isPresent() && bound.getAsInt() > RepeatCount.MOST) {
            error(
                    repeat,
                    "repeat_count " + cell + " allows up to " + bound.getAsInt() + " instances, but Mittari asks"
                            + " at most " + RepeatCount.MOST
                            + " (each is a group of its own questions); lower the bound in "
                            + cell + "'s constraint");
            return Optional.empty();
        }
        if (bound.isEmpty()) {
            problems.warning(
                    survey.name(),
                    repeat.number(),
                    countColumn,
                    "repeat_count " + cell + " has no upper bound, so at most " + RepeatCount.DEFAULT_MOST
                            + " instances are asked; give the counted question a constraint such as '. <= "
                            + RepeatCount.MOST + "' to ask up to that many");
        }
        return Optional.of(new RepeatCount.Counted(cell, Math.max(1, bound.orElse(RepeatCount.DEFAULT_MOST))));
    }

    private OptionalInt upperBound(String name, List<SheetTable.TableRow> rows) {
        for (SheetTable.TableRow row : rows) {
            if (!survey.value(row, "name").strip().equals(name)) {
                continue;
            }
            Matcher calculated = NUMBER.matcher(survey.value(row, "calculation").strip());
            if (calculated.matches()) {
                return OptionalInt.of(Integer.parseInt(calculated.group(1)));
            }
            String constraint = survey.value(row, "constraint");
            Matcher bound = UPPER_BOUND.matcher(constraint);
            // within an "or" a bound need not hold, so only a conjunction of comparisons bounds the count
            if (!constraint.matches("(?s).*\\bor\\b.*") && bound.find()) {
                int value = Integer.parseInt(bound.group(2));
                return OptionalInt.of(bound.group(1).equals("<") ? value - 1 : value);
            }
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private void error(SheetTable.TableRow repeat, String message) {
        problems.error(survey.name(), repeat.number(), countColumn, message);
    }
}
