package fi.mittari.questionnaire.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A runtime value: an answer given to {@link ExpressionEvaluator}, or the result of evaluating an expression. An
 * unanswered question is {@link #EMPTY}; a single-choice answer is a {@link Text} holding the choice's value.
 */
public sealed interface Value {

    /** The value of an unanswered question, and of arithmetic that has no meaningful result. */
    Value EMPTY = new Empty();

    /** The value as a text shows it (concat, an answer in a label): nothing for no value, 2.5 not 2.5000. */
    static String text(Value value) {
        return CalculationEvaluation.text(value);
    }

    /** No value: the question is unanswered, or arithmetic involved an empty value or division by zero. */
    record Empty() implements Value {}

    /** A true/false value. */
    record Bool(boolean value) implements Value {}

    /** A number; compare with {@link BigDecimal#compareTo}, since {@code 2.0} and {@code 2} are different records. */
    record Num(BigDecimal value) implements Value {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A text answer, or the chosen value of a single-choice question. */
    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A date. */
    record Day(LocalDate value) implements Value {
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A time of day. */
    record TimeOfDay(LocalTime value) implements Value {
        public TimeOfDay {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A date and a time of day, local wall-clock time without a zone. */
    record DateTime(LocalDateTime value) implements Value {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The selected values of a multiple-choice question. */
    record Choices(List<String> values) implements Value {
        public Choices {
            values = List.copyOf(values);
        }
    }
}
