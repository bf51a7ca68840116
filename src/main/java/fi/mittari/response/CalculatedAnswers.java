package fi.mittari.response;

import fi.mittari.questionnaire.expression.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The value of a calculation as the answer stored for it: a number, a date, a time of day, a date and time or a text
 * (true and false as texts). What has no value is not stored, and never an error for the respondent: an unanswered
 * question used in it, division by zero, a number the answer table cannot hold (more than 15 digits before the point)
 * or a text longer than {@link #LONGEST_TEXT}.
 */
final class CalculatedAnswers {

    /** As long as the longest answer an open text question takes by default. */
    static final int LONGEST_TEXT = 2000;

    /** The answer table keeps four decimals. */
    private static final int SCALE = 4;

    private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(15);

    private CalculatedAnswers() {}

    static Optional<AnswerValue> of(Value value) {
        return value.accept(STORED);
    }

    private static final Value.Cases<Optional<AnswerValue>> STORED = new Value.Cases<>() {
        @Override
        public Optional<AnswerValue> number(Value.Num number) {
            BigDecimal rounded = number.value().setScale(SCALE, RoundingMode.HALF_UP);
            return rounded.abs().compareTo(TOO_LARGE) < 0
                    ? Optional.of(new AnswerValue.Number(rounded.stripTrailingZeros()))
                    : Optional.empty();
        }

        @Override
        public Optional<AnswerValue> text(Value.Text text) {
            return CalculatedAnswers.text(text.value());
        }

        @Override
        public Optional<AnswerValue> bool(Value.Bool bool) {
            return CalculatedAnswers.text(Boolean.toString(bool.value()));
        }

        @Override
        public Optional<AnswerValue> day(Value.Day day) {
            return Optional.of(new AnswerValue.Day(day.value()));
        }

        @Override
        public Optional<AnswerValue> empty(Value.Empty empty) {
            return Optional.empty();
        }

        // Stored as a time question's answer is, so that ${key} shows it on the pages after and the export has it.
        @Override
        public Optional<AnswerValue> timeOfDay(Value.TimeOfDay time) {
            return Optional.of(new AnswerValue.TimeOfDay(time.value()));
        }

        @Override
        public Optional<AnswerValue> dateTime(Value.DateTime dateTime) {
            return Optional.of(new AnswerValue.DateTime(dateTime.value()));
        }

        @Override
        public Optional<AnswerValue> choices(Value.Choices choices) {
            return Optional.empty(); // a multiple choice is refused when the questionnaire is read
        }
    };

    private static Optional<AnswerValue> text(String text) {
        return text.isEmpty() || text.length() > LONGEST_TEXT
                ? Optional.empty()
                : Optional.of(new AnswerValue.Text(text));
    }
}
