package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the questions whose answers have bounds: numbers (whole or decimal, with a unit), dates, times of day and
 * datetimes.
 */
final class BoundedQuestionYamlReader {

    // Answers are kept to the minute, so bounds are written to the minute too.
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_HOURS_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final LocalizedTextReader texts;
    private final YamlProblems problems;

    BoundedQuestionYamlReader(LocalizedTextReader texts, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    NumberQuestion number(QuestionBasics basics, YamlMapping q) {
        boolean decimal = q.flag("decimal", false);
        Optional<BigDecimal> min = number(q, "min", decimal);
        Optional<BigDecimal> max = number(q, "max", decimal);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            problems.error(
                    q.value("max", false).orElseThrow(),
                    q.child("max"),
                    "max (" + max.get().toPlainString() + ") must not be less than min ("
                            + min.get().toPlainString() + ")");
        }
        return new NumberQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                decimal,
                min,
                max,
                texts.read(q, "unit", false),
                basics.classification());
    }

    DateQuestion date(QuestionBasics basics, YamlMapping q) {
        Optional<LocalDate> min = bound(q, "min", LocalDate::parse, "a date like 2025-01-31");
        Optional<LocalDate> max = bound(q, "max", LocalDate::parse, "a date like 2025-01-31");
        orderedBounds(q, min, max);
        return new DateQuestion(
                basics.key(), basics.label(), basics.hint(), basics.required(), min, max, basics.classification());
    }

    TimeQuestion time(QuestionBasics basics, YamlMapping q) {
        Optional<LocalTime> min =
                bound(q, "min", text -> LocalTime.parse(text, HOURS_MINUTES), "a time of day like 09:30");
        Optional<LocalTime> max =
                bound(q, "max", text -> LocalTime.parse(text, HOURS_MINUTES), "a time of day like 09:30");
        orderedBounds(q, min, max);
        return new TimeQuestion(
                basics.key(), basics.label(), basics.hint(), basics.required(), min, max, basics.classification());
    }

    DateTimeQuestion dateTime(QuestionBasics basics, YamlMapping q) {
        Optional<LocalDateTime> min = bound(
                q,
                "min",
                text -> LocalDateTime.parse(text, DATE_HOURS_MINUTES),
                "a date and time like 2025-01-31T09:30");
        Optional<LocalDateTime> max = bound(
                q,
                "max",
                text -> LocalDateTime.parse(text, DATE_HOURS_MINUTES),
                "a date and time like 2025-01-31T09:30");
        orderedBounds(q, min, max);
        return new DateTimeQuestion(
                basics.key(), basics.label(), basics.hint(), basics.required(), min, max, basics.classification());
    }

    private <T extends Comparable<? super T>> void orderedBounds(YamlMapping q, Optional<T> min, Optional<T> max) {
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            problems.error(
                    q.value("max", false).orElseThrow(),
                    q.child("max"),
                    "max (" + max.get() + ") must not be before min (" + min.get() + ")");
        }
    }

    // A YAML 1.1 reader would take an unquoted 09:30 for a sexagesimal number; the scalar's text is read as written.
    private <T> Optional<T> bound(YamlMapping q, String property, Function<String, T> parse, String expected) {
        return q.scalar(property, false).flatMap(node -> {
            try {
                return Optional.of(parse.apply(node.getValue().strip()));
            } catch (DateTimeParseException e) {
                return refuse(node, q.child(property), "expected " + expected + ", found '" + node.getValue() + "'");
            }
        });
    }

    private Optional<BigDecimal> number(YamlMapping q, String property, boolean decimal) {
        return q.scalar(property, false).flatMap(node -> {
            try {
                BigDecimal value = new BigDecimal(node.getValue().strip());
                if (!decimal && value.stripTrailingZeros().scale() > 0) {
                    return refuse(
                            node,
                            q.child(property),
                            "expected a whole number (the question is not decimal)," + " found '" + node.getValue()
                                    + "'");
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                return refuse(node, q.child(property), "expected a number, found '" + node.getValue() + "'");
            }
        });
    }

    private <T> Optional<T> refuse(ScalarNode node, String path, String message) {
        problems.error(node, path, message);
        return Optional.empty();
    }
}
