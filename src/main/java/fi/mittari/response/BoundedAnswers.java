package fi.mittari.response;

import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads number and date answers as people type them: a decimal comma ("37,5") and spaces between thousands
 * ("1 200") are numbers; "31.1.2025" is a date as well as the "2025-01-31" a date field sends. Times of day and
 * datetimes are read by {@link ClockText}.
 */
final class BoundedAnswers {

    private BoundedAnswers() {}

    sealed interface Outcome {
        record Read(AnswerValue value) implements Outcome {}

        record Refused(AnswerProblem.Reason reason, List<Object> arguments) implements Outcome {}
    }

    static Outcome number(NumberQuestion question, String raw) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw.replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
        } catch (NumberFormatException e) {
            return new Outcome.Refused(AnswerProblem.Reason.NOT_A_NUMBER, List.of());
        }
        if (!question.decimal() && value.stripTrailingZeros().scale() > 0) {
            return new Outcome.Refused(AnswerProblem.Reason.NOT_AN_INTEGER, List.of());
        }
        Optional<Outcome> outOfBounds = bounds(value, question.min(), question.max());
        return outOfBounds.orElseGet(() -> new Outcome.Read(new AnswerValue.Number(value)));
    }

    static Outcome date(DateQuestion question, String raw) {
        return read(
                ClockText.day(raw),
                AnswerProblem.Reason.NOT_A_DATE,
                question.min(),
                question.max(),
                AnswerValue.Day::new);
    }

    static Outcome time(TimeQuestion question, String raw) {
        return read(
                ClockText.time(raw),
                AnswerProblem.Reason.NOT_A_TIME,
                question.min(),
                question.max(),
                AnswerValue.TimeOfDay::new);
    }

    static Outcome dateTime(DateTimeQuestion question, String raw) {
        return read(
                ClockText.dateTime(raw),
                AnswerProblem.Reason.NOT_A_DATETIME,
                question.min(),
                question.max(),
                AnswerValue.DateTime::new);
    }

    /** A value read (else refused as {@code unread}) and within its bounds, as the answer {@code typed} makes. */
    private static <T extends Comparable<? super T>> Outcome read(
            Optional<T> value,
            AnswerProblem.Reason unread,
            Optional<T> min,
            Optional<T> max,
            Function<T, AnswerValue> typed) {
        if (value.isEmpty()) {
            return new Outcome.Refused(unread, List.of());
        }
        return bounds(value.get(), min, max).orElseGet(() -> new Outcome.Read(typed.apply(value.get())));
    }

    private static <T extends Comparable<? super T>> Optional<Outcome> bounds(
            T value, Optional<T> min, Optional<T> max) {
        // a date or a time is early or late, not small or large
        boolean moment = !(value instanceof BigDecimal);
        if (min.isPresent() && value.compareTo(min.get()) < 0) {
            return Optional.of(new Outcome.Refused(
                    moment ? AnswerProblem.Reason.TOO_EARLY : AnswerProblem.Reason.BELOW_MIN, List.of(min.get())));
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            return Optional.of(new Outcome.Refused(
                    moment ? AnswerProblem.Reason.TOO_LATE : AnswerProblem.Reason.ABOVE_MAX, List.of(max.get())));
        }
        return Optional.empty();
    }
}
