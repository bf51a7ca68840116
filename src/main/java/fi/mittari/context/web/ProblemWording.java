package fi.mittari.context.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key in the events bundle, with its arguments, for a message of the context's rules ({@code Fields},
 * {@code ImportingContext}) or of the sheet readers. Those messages are the API's English; the pages show the same
 * problem in the staff member's language. {@code ProblemWordingTest} makes every rule's message produce a key here.
 */
final class ProblemWording {

    record Wording(String key, List<String> arguments) {}

    private record Rule(Pattern pattern, String key) {}

    private static final List<Rule> RULES = List.of(
            rule("is required", "required"),
            rule("is required: a date like 2026-03-31", "required"),
            rule("is required: an active \\w+ code", "required"),
            rule("must be at most (\\d+) characters, was (\\d+)", "tooLong"),
            rule("must be a date like 2026-03-31, was '(.*)'", "date"),
            rule("must be on or after the start (\\S+), was (\\S+)", "beforeStart"),
            rule("must be a whole number of at least 0, was '(.*)'", "count"),
            rule("'(.*)' is not an active \\w+ code", "unknownCode"),
            rule("must be 1–64 letters, digits, dots, hyphens or underscores, was '(.*)'", "eventCode"),
            rule("must be 1–64 lowercase letters, digits, hyphens or underscores, was '(.*)'", "networkCode"),
            rule("no project with code '(.*)'", "noProject"),
            rule("no event with code '(.*)'", "noEvent"),
            rule("no organisation named '(.*)'", "noOrganisation"),
            rule("'(.*)' is in the file twice", "twiceInFile"),
            rule("'(.*)' is already an event", "eventExists"),
            rule("'(.*)' is already in use", "eventExists"),
            rule("the column is missing: the columns are \\[(.*)]", "missingColumn"),
            rule("is not a column of this import: the columns are \\[(.*)]", "unknownColumn"),
            rule("formulas are not read; paste values", "formula"),
            rule("the cell shows an error value; correct it or leave it empty", "errorValue"),
            rule("The CSV file is not UTF-8.*", "notUtf8"),
            rule("The CSV file could not be read.*", "badCsv"),
            rule("The workbook has no worksheet", "noWorksheet"),
            rule("The file is not an \\.xlsx workbook", "notXlsx"),
            rule("The file has more than (\\d+) responses; split it into smaller files", "tooManyRows"),
            rule(
                    "Row (\\d+): the file has more than (\\d+) responses, so it was not read further and nothing was"
                            + " stored; split it into smaller files",
                    "tooManyRowsAt"),
            rule("The file has no responses below the header row", "noRows"),
            rule("The first row must name the columns.*", "noHeader"),
            rule("The file is larger than 10 MB.*", "tooLarge"));

    private ProblemWording() {}

    static Optional<Wording> of(String message) {
        for (Rule rule : RULES) {
            Matcher match = rule.pattern().matcher(message);
            if (match.matches()) {
                List<String> arguments = new java.util.ArrayList<>();
                for (int i = 1; i <= match.groupCount(); i++) {
                    arguments.add(match.group(i));
                }
                return Optional.of(new Wording(rule.key(), List.copyOf(arguments)));
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), "events.problem." + key);
    }
}
