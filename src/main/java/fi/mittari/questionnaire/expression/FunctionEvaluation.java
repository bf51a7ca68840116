package fi.mittari.questionnaire.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/** The built-in functions at run time; argument kinds were already checked by {@link ExpressionChecker}. */
final class FunctionEvaluation {

    private FunctionEvaluation() {}

    static Value call(
            Expression.Call call, Function<Expression, Value> evaluate, LocalDateTime now, java.util.Locale locale) {
        if (call.function().equals("today")) {
            return new Value.Day(now.toLocalDate());
        }
        if (call.function().equals("now")) {
            // To the minute, as every date and time in Mittari is: an answer, a datetime('…'), the stored ISO text
            // (docs/adr/0061-now-is-a-date-and-time.md)
            return new Value.DateTime(now.truncatedTo(ChronoUnit.MINUTES));
        }
        if (call.function().equals(TextPatterns.FUNCTION)) {
            return TextPatterns.evaluate(call, evaluate);
        }
        if (call.arguments().isEmpty()) {
            return Value.EMPTY;
        }
        Value first = evaluate.apply(call.arguments().get(0));
        switch (call.function()) {
            case "count":
                return new Value.Num(BigDecimal.valueOf(count(first)));
            case "selected":
                return new Value.Bool(call.arguments().size() == 2
                        && selected(first, evaluate.apply(call.arguments().get(1))));
            case "empty":
                return new Value.Bool(isEmpty(first));
            case "answered":
                return new Value.Bool(!isEmpty(first));
            case "length":
                return new Value.Num(BigDecimal.valueOf(
                        first instanceof Value.Text text
                                ? text.value().codePointCount(0, text.value().length())
                                : 0));
            case "date":
                return date(first);
            case "if":
            case "concat":
            case "int":
            case "round":
            case "selected_at":
                return CalculationEvaluation.call(call, first, evaluate, locale);
            case "time", "datetime":
                return first instanceof Value.Text text ? literal(call.function(), text.value()) : Value.EMPTY;
            default:
                return Value.EMPTY;
        }
    }

    private static int count(Value answer) {
        if (answer instanceof Value.Choices choices) {
            return choices.values().size();
        }
        return isEmpty(answer) ? 0 : 1;
    }

    private static boolean selected(Value answer, Value choice) {
        if (!(choice instanceof Value.Text wanted)) {
            return false;
        }
        if (answer instanceof Value.Choices choices) {
            return choices.values().contains(wanted.value());
        }
        return answer instanceof Value.Text text && text.value().equals(wanted.value());
    }

    // An answer with no selections or only blanks is as good as no answer.
    static boolean isEmpty(Value answer) {
        return answer instanceof Value.Empty
                || answer instanceof Value.Choices choices && choices.values().isEmpty()
                || answer instanceof Value.Text text && text.value().isBlank();
    }

    /** The value of time('09:30') or datetime('2025-01-31T09:30'); empty when the text does not read as one. */
    static Value literal(String function, String text) {
        try {
            return function.equals("time")
                    ? new Value.TimeOfDay(LocalTime.parse(text))
                    : new Value.DateTime(LocalDateTime.parse(text));
        } catch (DateTimeParseException notATime) {
            return Value.EMPTY;
        }
    }

    private static Value date(Value text) {
        if (!(text instanceof Value.Text dateText)) {
            return Value.EMPTY;
        }
        try {
            return new Value.Day(LocalDate.parse(dateText.value()));
        } catch (DateTimeParseException notADate) {
            return Value.EMPTY;
        }
    }
}
