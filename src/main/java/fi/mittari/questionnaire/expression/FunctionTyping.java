package fi.mittari.questionnaire.expression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the arguments of the built-in functions and gives their result types. */
final class FunctionTyping {

    static final List<String> FUNCTIONS = List.of(
            "count",
            "selected",
            "empty",
            "answered",
            "length",
            "today",
            "date",
            "time",
            "datetime",
            "if",
            "concat",
            "int",
            "round",
            "now",
            "selected_at",
            TextPatterns.FUNCTION,
            "choice");

    private FunctionTyping() {}

    static Optional<ValueType> infer(Expression.Call call, TypeInference inference) {
        switch (call.function()) {
            case "count":
                return keyFunction(
                        call, inference, 1, Set.of(ValueType.CHOICES), "a multiple-choice question", ValueType.NUMBER);
            case "selected":
                return selected(call, inference);
            case "empty":
            case "answered":
                return keyFunction(call, inference, 1, Set.of(ValueType.values()), "a question", ValueType.BOOLEAN);
            case "length":
                return keyFunction(call, inference, 1, Set.of(ValueType.TEXT), "a text question", ValueType.NUMBER);
            case "today":
                hasArity(call, inference, 0);
                return Optional.of(ValueType.DATE);
            case "date":
                return date(call, inference);
            case TextPatterns.FUNCTION:
                return TextPatterns.infer(call, inference);
            case "choice":
                return ChoiceAttributeTyping.infer(call, inference);
            case "if":
                return CalculationTyping.choose(call, inference);
            case "concat":
                return CalculationTyping.concat(call, inference);
            case "int":
            case "round":
                return CalculationTyping.rounding(call, inference);
            case "now":
                hasArity(call, inference, 0);
                return Optional.of(ValueType.DATETIME);
            case "selected_at":
                return CalculationTyping.selectedAt(call, inference);
            case "time":
                return literal(call, inference, ValueType.TIME, "a time of day like time('09:30')");
            case "datetime":
                return literal(
                        call, inference, ValueType.DATETIME, "a date and time like datetime('2025-01-31T09:30')");
            default:
                inference.report(
                        call.column(),
                        "unknown function '" + call.function() + "'"
                                + KeySuggestions.didYouMean(call.function(), FUNCTIONS)
                                + " (functions: " + String.join(", ", FUNCTIONS) + ")");
                return Optional.empty();
        }
    }

    private static Optional<ValueType> selected(Expression.Call call, TypeInference inference) {
        Optional<ValueType> result = keyFunction(
                call,
                inference,
                2,
                Set.of(ValueType.CHOICE, ValueType.CHOICES),
                "a single- or multiple-choice question",
                ValueType.BOOLEAN);
        if (call.arguments().size() == 2 && !(call.arguments().get(1) instanceof Expression.TextLiteral)) {
            inference.report(
                    call.arguments().get(1).column(),
                    "the second argument of selected must be a choice value in quotes, such as 'yes'");
        }
        return result;
    }

    private static Optional<ValueType> date(Expression.Call call, TypeInference inference) {
        if (!hasArity(call, inference, 1)) {
            return Optional.of(ValueType.DATE);
        }
        Expression argument = call.arguments().get(0);
        if (argument instanceof Expression.TextLiteral text) {
            try {
                LocalDate.parse(text.value());
            } catch (DateTimeParseException notADate) {
                inference.report(
                        argument.column(),
                        "'" + text.value() + "' is not a date; write it as"
                                + " year-month-day, such as date('2025-01-31')");
            }
        } else {
            inference.report(argument.column(), "date needs a date in quotes, such as date('2025-01-31')");
        }
        return Optional.of(ValueType.DATE);
    }

    /** time('09:30') and datetime('2025-01-31T09:30'): a quoted ISO value that must read as the type. */
    private static Optional<ValueType> literal(
            Expression.Call call, TypeInference inference, ValueType type, String example) {
        if (!hasArity(call, inference, 1)) {
            return Optional.of(type);
        }
        Expression argument = call.arguments().get(0);
        if (!(argument instanceof Expression.TextLiteral text)
                || FunctionEvaluation.literal(call.function(), text.value()) instanceof Value.Empty) {
            inference.report(argument.column(), call.function() + " needs " + example);
        }
        return Optional.of(type);
    }

    /** A function whose first argument is a question: a key, or "." in a constraint. */
    static Optional<ValueType> keyFunction(
            Expression.Call call,
            TypeInference inference,
            int arity,
            Set<ValueType> accepted,
            String acceptedDescription,
            ValueType result) {
        if (!hasArity(call, inference, arity)) {
            return Optional.of(result);
        }
        Expression question = call.arguments().get(0);
        if (!(question instanceof Expression.Reference) && !(question instanceof Expression.Self)) {
            inference.report(
                    question.column(),
                    call.function() + " needs a question key, such as " + call.function() + "(partner_activities"
                            + (arity == 2 ? ", 'yes')" : ")"));
            return Optional.of(result);
        }
        Optional<ValueType> type = inference.infer(question);
        if (type.isPresent() && !accepted.contains(type.get())) {
            inference.report(
                    question.column(),
                    call.function() + " needs " + acceptedDescription + ", but this is "
                            + TypeWords.describe(type.get()));
        }
        return Optional.of(result);
    }

    static boolean hasArity(Expression.Call call, TypeInference inference, int arity) {
        int given = call.arguments().size();
        if (given == arity) {
            return true;
        }
        inference.report(
                call.column(),
                call.function() + "(...) needs " + arity + " argument" + (arity == 1 ? "" : "s") + " but was given "
                        + given);
        return false;
    }
}
