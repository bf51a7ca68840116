package fi.mittari.questionnaire.expression;

import java.util.Optional;
import java.util.Set;

/**
 * Types of the functions that calculations use most ({@code if}, {@code concat}, {@code int}, {@code round},
 * {@code selected_at}); kept apart from {@link FunctionTyping} so that each stays short.
 */
final class CalculationTyping {

    private CalculationTyping() {}

    /**
     * {@code if(condition, then, otherwise)}: both results must be of one type, except that {@code ''} stands for
     * "no value" of any type, as XLSForm authors write it, and a single-choice answer counts as a text.
     */
    static Optional<ValueType> choose(Expression.Call call, TypeInference inference) {
        if (!FunctionTyping.hasArity(call, inference, 3)) {
            return Optional.empty();
        }
        Expression condition = call.arguments().get(0);
        inference
                .infer(condition)
                .filter(type -> type != ValueType.BOOLEAN)
                .ifPresent(type -> inference.report(
                        condition.column(),
                        "the first argument of if must be a condition (true/false), but it is "
                                + TypeWords.describe(type)));
        Expression then = call.arguments().get(1);
        Expression otherwise = call.arguments().get(2);
        Optional<ValueType> thenType = result(then, inference);
        Optional<ValueType> otherwiseType = result(otherwise, inference);
        if (thenType.isEmpty() || otherwiseType.isEmpty()) {
            return Optional.empty();
        }
        if (isNothing(then)) {
            return otherwiseType;
        }
        if (isNothing(otherwise) || thenType.equals(otherwiseType)) {
            return thenType;
        }
        if (TypeWords.comparable(thenType.get()) == TypeWords.comparable(otherwiseType.get())) {
            return Optional.of(ValueType.TEXT);
        }
        inference.report(
                otherwise.column(),
                "both results of if must be of one type, but the first is " + TypeWords.describe(thenType.get())
                        + " and the second " + TypeWords.describe(otherwiseType.get()));
        return Optional.empty();
    }

    private static Optional<ValueType> result(Expression result, TypeInference inference) {
        Optional<ValueType> type = inference.infer(result);
        if (type.isPresent() && type.get() == ValueType.CHOICES) {
            inference.report(result.column(), TypeInference.MULTIPLE_CHOICE_MISUSE);
            return Optional.empty();
        }
        return type;
    }

    private static boolean isNothing(Expression expression) {
        return expression instanceof Expression.TextLiteral text && text.value().isEmpty();
    }

    /** {@code concat(a, b, …)}: any values, written one after another as text; a multiple choice gives its values. */
    static Optional<ValueType> concat(Expression.Call call, TypeInference inference) {
        if (call.arguments().isEmpty()) {
            inference.report(call.column(), "concat(...) needs at least 1 argument but was given 0");
        }
        call.arguments().forEach(inference::infer);
        return Optional.of(ValueType.TEXT);
    }

    /** {@code int(x)} and {@code round(x)} or {@code round(x, digits)}: numbers in, a number out. */
    static Optional<ValueType> rounding(Expression.Call call, TypeInference inference) {
        int given = call.arguments().size();
        if (call.function().equals("round") && (given == 1 || given == 2)) {
            call.arguments().forEach(argument -> number(call, argument, inference));
        } else if (call.function().equals("round")) {
            inference.report(call.column(), "round(...) needs 1 or 2 arguments but was given " + given);
        } else if (FunctionTyping.hasArity(call, inference, 1)) {
            number(call, call.arguments().get(0), inference);
        }
        return Optional.of(ValueType.NUMBER);
    }

    private static void number(Expression.Call call, Expression argument, TypeInference inference) {
        inference
                .infer(argument)
                .filter(type -> type != ValueType.NUMBER)
                .ifPresent(type -> inference.report(
                        argument.column(),
                        call.function() + " needs a number, but this is " + TypeWords.describe(type)));
    }

    /** {@code selected_at(key, n)}: the value of the n-th selected choice, counted from 0 as in XLSForm. */
    static Optional<ValueType> selectedAt(Expression.Call call, TypeInference inference) {
        Optional<ValueType> result = FunctionTyping.keyFunction(
                call,
                inference,
                2,
                Set.of(ValueType.CHOICE, ValueType.CHOICES),
                "a single- or multiple-choice question",
                ValueType.CHOICE);
        if (call.arguments().size() == 2) {
            number(call, call.arguments().get(1), inference);
        }
        return result;
    }
}
