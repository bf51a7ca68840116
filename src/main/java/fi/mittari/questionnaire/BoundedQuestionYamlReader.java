package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the questions whose answers have bounds: numbers (whole or decimal, with a unit) and dates. */
final class BoundedQuestionYamlReader {

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
        Optional<LocalDate> min = date(q, "min");
        Optional<LocalDate> max = date(q, "max");
        if (min.isPresent() && max.isPresent() && min.get().isAfter(max.get())) {
            problems.error(
                    q.value("max", false).orElseThrow(),
                    q.child("max"),
                    "max (" + max.get() + ") must not be before min (" + min.get() + ")");
        }
        return new DateQuestion(
                basics.key(), basics.label(), basics.hint(), basics.required(), min, max, basics.classification());
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

    private Optional<LocalDate> date(YamlMapping q, String property) {
        return q.scalar(property, false).flatMap(node -> {
            try {
                return Optional.of(LocalDate.parse(node.getValue().strip()));
            } catch (DateTimeParseException e) {
                return refuse(
                        node, q.child(property), "expected a date like 2025-01-31, found '" + node.getValue() + "'");
            }
        });
    }

    private <T> Optional<T> refuse(ScalarNode node, String path, String message) {
        problems.error(node, path, message);
        return Optional.empty();
    }
}
