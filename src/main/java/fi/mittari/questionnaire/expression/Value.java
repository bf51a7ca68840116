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

    /**
     * The value as a text shows it (concat, an answer in a label): nothing for no value, 2.5 not 2.5000, a date or a
     * time as {@code locale}'s language writes it ({@link MomentText}).
     */
    static String text(Value value, java.util.Locale locale) {
        return CalculationEvaluation.text(value, locale);
    }

    /** The answer of {@code cases} for this kind of value. */
    <R> R accept(Cases<R> cases);

    /**
     * One answer per kind of value, for decisions that turn each kind into something else (a text, a stored answer):
     * a new kind fails to compile until each says what to do with it, where an {@code instanceof} chain would quietly
     * give it the chain's last answer.
     */
    interface Cases<R> {
        R empty(Empty empty);

        R bool(Bool bool);

        R number(Num number);

        R text(Text text);

        R day(Day day);

        R timeOfDay(TimeOfDay time);

        R dateTime(DateTime dateTime);

        R choices(Choices choices);
    }

    /** No value: the question is unanswered, or arithmetic involved an empty value or division by zero. */
    record Empty() implements Value {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.empty(this);
        }
    }

    /** A true/false value. */
    record Bool(boolean value) implements Value {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.bool(this);
        }
    }

    /** A number; compare with {@link BigDecimal#compareTo}, since {@code 2.0} and {@code 2} are different records. */
    record Num(BigDecimal value) implements Value {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.number(this);
        }
    }

    /** A text answer, or the chosen value of a single-choice question. */
    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.text(this);
        }
    }

    /** A date. */
    record Day(LocalDate value) implements Value {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.day(this);
        }
    }

    /** A time of day. */
    record TimeOfDay(LocalTime value) implements Value {
        public TimeOfDay {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.timeOfDay(this);
        }
    }

    /** A date and a time of day, local wall-clock time without a zone. */
    record DateTime(LocalDateTime value) implements Value {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.dateTime(this);
        }
    }

    /** The selected values of a multiple-choice question. */
    record Choices(List<String> values) implements Value {
        public Choices {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.choices(this);
        }
    }
}
