package fi.mittari.context;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the fields of one request or one imported row as the client wrote them, collecting a problem per bad field
 * instead of stopping at the first, so that every mistake is reported at once. {@code prefix} names nested fields
 * ({@code goals[2].target}).
 */
public final class Fields {

    private final String prefix;
    private final CodeLookup codes;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Fields(String prefix, CodeLookup codes) {
        this.prefix = prefix;
        this.codes = codes;
    }

    public Fields(CodeLookup codes) {
        this("", codes);
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(prefix + field, message));
    }

    /** A problem that names its {@code rule} and the rule's {@code arguments}, for pages in other languages. */
    public void problem(String field, String message, String rule, String... arguments) {
        problems.add(new FieldProblem(prefix + field, message, rule, List.of(arguments)));
    }

    /** Text of 1 to {@code max} characters, trimmed. */
    public String required(String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problem(field, "is required", "required");
        } else if (value.length() > max) {
            tooLong(field, max, value);
        }
        return value;
    }

    /** Text of at most {@code max} characters, trimmed; empty means absent. */
    public Optional<String> optional(String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            tooLong(field, max, value);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private void tooLong(String field, int max, String value) {
        problem(
                field,
                "must be at most " + max + " characters, was " + value.length(),
                "tooLong",
                String.valueOf(max),
                String.valueOf(value.length()));
    }

    public String matching(String field, String text, Pattern pattern, String rule) {
        return matching(field, text, pattern, rule, "");
    }

    /** As {@link #matching(String, String, Pattern, String)}, the problem named {@code ruleName} for pages. */
    public String matching(String field, String text, Pattern pattern, String rule, String ruleName) {
        String value = text == null ? "" : text.strip();
        if (!pattern.matcher(value).matches()) {
            if (value.isEmpty() && !ruleName.isEmpty()) {
                problem(field, rule + ", was ''", "required");
            } else {
                problem(field, rule + ", was '" + value + "'", ruleName, value);
            }
        }
        return value;
    }

    /** A date like 2026-03-31; empty means absent. */
    public Optional<LocalDate> date(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problem(field, "must be a date like 2026-03-31, was '" + value + "'", "date", value);
            return Optional.empty();
        }
    }

    public Optional<LocalDate> requiredDate(String field, String text) {
        if (text == null || text.isBlank()) {
            problem(field, "is required: a date like 2026-03-31", "required");
            return Optional.empty();
        }
        return date(field, text);
    }

    /** {@code ends} on or after {@code starts}, when both are given. */
    public void period(String endField, Optional<LocalDate> starts, Optional<LocalDate> ends) {
        if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            problem(
                    endField,
                    "must be on or after the start " + starts.get() + ", was " + ends.get(),
                    "beforeStart",
                    starts.get().toString(),
                    ends.get().toString());
        }
    }

    /** A decimal number like 12.5 (a point, not a comma); empty means absent. */
    public Optional<BigDecimal> decimal(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            problem(field, "must be a number like 12.5, was '" + value + "'", "number", value);
            return Optional.empty();
        }
    }

    /** A whole number of at least 0. */
    public int count(String field, String text) {
        String value = text == null ? "" : text.strip();
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                problem(field, "must be a whole number of at least 0, was '" + value + "'");
                return 0;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(field, "must be a whole number of at least 0, was '" + value + "'");
            return 0;
        }
    }

    /** An active code of {@code list}; empty means absent unless {@code required}. */
    public Optional<String> code(String field, String list, String text, boolean required) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                problem(field, "is required: an active " + list + " code", "required");
            }
            return Optional.empty();
        }
        if (!codes.isActive(list, value)) {
            problem(field, "'" + value + "' is not an active " + list + " code", "inactiveCode", value);
        }
        return Optional.of(value);
    }
}
