package fi.mittari.questionnaire.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code if}, {@code concat}, {@code int}, {@code round} and {@code selected_at} at run time. Like the rest of the
 * language they never throw for data reasons: what has no meaningful result (rounding an empty value, an index past
 * the last selected choice) is {@link Value#EMPTY}.
 */
final class CalculationEvaluation {

    /** Further than any survey quantity needs; also keeps a typed number of digits from asking for huge scales. */
    static final int MAX_DIGITS = 15;

    private CalculationEvaluation() {}

    /** {@code locale}: the language concat writes dates and times in ({@link MomentText}). */
    static Value call(Expression.Call call, Value first, Function<Expression, Value> evaluate, Locale locale) {
        List<Expression> arguments = call.arguments();
        switch (call.function()) {
            case "if":
                return arguments.size() == 3
                        ? evaluate.apply(arguments.get(ExpressionEvaluator.isTrue(first) ? 1 : 2))
                        : Value.EMPTY;
            case "concat":
                return new Value.Text(text(first, locale)
                        + arguments.stream()
                                .skip(1)
                                .map(evaluate)
                                .map(value -> text(value, locale))
                                .collect(Collectors.joining()));
            case "int":
                return first instanceof Value.Num number
                        ? new Value.Num(number.value().setScale(0, RoundingMode.DOWN))
                        : Value.EMPTY;
            case "round":
                return round(
                        first,
                        arguments.size() == 2 ? evaluate.apply(arguments.get(1)) : new Value.Num(BigDecimal.ZERO));
            default:
                return selectedAt(first, arguments.size() == 2 ? evaluate.apply(arguments.get(1)) : Value.EMPTY);
        }
    }

    /**
     * A value as concat writes it: nothing for no value, numbers without trailing zeros, choices space-separated, and
     * dates and times as {@code locale}'s language writes them.
     */
    static String text(Value value, Locale locale) {
        return value.accept(new AsText(locale));
    }

    private record AsText(Locale locale) implements Value.Cases<String> {
        @Override
        public String empty(Value.Empty empty) {
            return "";
        }

        @Override
        public String bool(Value.Bool bool) {
            return Boolean.toString(bool.value());
        }

        @Override
        public String number(Value.Num number) {
            return plain(number.value());
        }

        @Override
        public String text(Value.Text text) {
            return text.value();
        }

        @Override
        public String day(Value.Day day) {
            return MomentText.date(day.value(), locale);
        }

        @Override
        public String timeOfDay(Value.TimeOfDay time) {
            return MomentText.time(time.value(), locale);
        }

        @Override
        public String dateTime(Value.DateTime dateTime) {
            return MomentText.dateTime(dateTime.value(), locale);
        }

        @Override
        public String choices(Value.Choices choices) {
            return String.join(" ", choices.values());
        }
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** Half away from zero, as XLSForm apps round; {@code digits} after the point (0 for a whole number). */
    private static Value round(Value value, Value digits) {
        if (!(value instanceof Value.Num number)) {
            return Value.EMPTY;
        }
        if (!(digits instanceof Value.Num given)
                || given.value().stripTrailingZeros().scale() > 0
                || given.value().abs().compareTo(BigDecimal.valueOf(MAX_DIGITS)) > 0) {
            return Value.EMPTY;
        }
        return new Value.Num(number.value().setScale(given.value().intValueExact(), RoundingMode.HALF_UP));
    }

    private static Value selectedAt(Value answer, Value index) {
        if (!(index instanceof Value.Num number)
                || number.value().stripTrailingZeros().scale() > 0) {
            return Value.EMPTY;
        }
        List<String> values = answer instanceof Value.Choices choices
                ? choices.values()
                : answer instanceof Value.Text text && !text.value().isBlank() ? List.of(text.value()) : List.of();
        BigDecimal at = number.value();
        return at.signum() >= 0 && at.compareTo(BigDecimal.valueOf(values.size())) < 0
                ? new Value.Text(values.get(at.intValueExact()))
                : Value.EMPTY;
    }
}
