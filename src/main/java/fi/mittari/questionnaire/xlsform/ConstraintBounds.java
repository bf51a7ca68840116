package fi.mittari.questionnaire.xlsform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bounds the exporter writes at the front of a constraint, each in parentheses: {@code (. >= 0) and
 * (. <= 80) and …} for numbers, {@code (. >= date('2020-01-01'))} for dates, {@code (. >= time('08:00'))} for times of
 * day, {@code (. >= datetime('2020-01-01T08:00'))} for datetimes and {@code (string-length(.) <= 20)} for text. Unparenthesized comparisons written by hand stay constraints: they mean the same, so nothing is guessed.
 */
record ConstraintBounds(Optional<String> min, Optional<String> max, Optional<String> maxLength, String rest) {

    private static final String TAIL = "\\s*\\)\\s*(?:and\\s+|$)";
    private static final Pattern NUMBER = Pattern.compile("^\\(\\s*\\.\\s*(>=|<=)\\s*(-?\\d+(?:\\.\\d+)?)" + TAIL);
    private static final Pattern DATE =
            Pattern.compile("^\\(\\s*\\.\\s*(>=|<=)\\s*date\\(\\s*'(\\d{4}-\\d{2}-\\d{2})'\\s*\\)" + TAIL);
    private static final Pattern TIME =
            Pattern.compile("^\\(\\s*\\.\\s*(>=|<=)\\s*time\\(\\s*'(\\d{2}:\\d{2})'\\s*\\)" + TAIL);
    private static final Pattern DATETIME = Pattern.compile(
            "^\\(\\s*\\.\\s*(>=|<=)\\s*datetime\\(\\s*'(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})'\\s*\\)" + TAIL);
    private static final Pattern LENGTH =
            Pattern.compile("^\\(\\s*string-length\\(\\s*\\.\\s*\\)\\s*(<=)\\s*(\\d+)" + TAIL);

    static ConstraintBounds none(String constraint) {
        return new ConstraintBounds(Optional.empty(), Optional.empty(), Optional.empty(), constraint);
    }

    /** {@code type} is the Mittari type: number, date, time, datetime or text; other types have no bounds. */
    static ConstraintBounds of(String type, String constraint) {
        Pattern pattern =
                switch (type) {
                    case "number" -> NUMBER;
                    case "date" -> DATE;
                    case "time" -> TIME;
                    case "datetime" -> DATETIME;
                    case "text" -> LENGTH;
                    default -> null;
                };
        if (pattern == null) {
            return none(constraint);
        }
        Optional<String> min = Optional.empty();
        Optional<String> max = Optional.empty();
        String rest = constraint.strip();
        Matcher matcher = pattern.matcher(rest);
        // At most one lower and one upper bound, so a user's own "(. >= 5)" after them stays a constraint.
        while (matcher.find() && (matcher.group(1).equals(">=") ? min.isEmpty() : max.isEmpty())) {
            if (matcher.group(1).equals(">=")) {
                min = Optional.of(matcher.group(2));
            } else {
                max = Optional.of(matcher.group(2));
            }
            rest = rest.substring(matcher.end()).strip();
            matcher = pattern.matcher(rest);
        }
        return type.equals("text")
                ? new ConstraintBounds(Optional.empty(), Optional.empty(), max, rest)
                : new ConstraintBounds(min, max, Optional.empty(), rest);
    }
}
