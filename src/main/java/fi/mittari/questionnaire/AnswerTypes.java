package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionChecker;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How each question's answer looks to an expression. A calculation's type is that of its value, worked out from the
 * questions before it and every question that is asked (a reference to a later question is refused elsewhere, with
 * its own message), so a calculation may use the calculations before it.
 */
public final class AnswerTypes {

    private AnswerTypes() {}

    /** Every question's type by key; a calculation with problems has none. */
    public static Map<String, ValueType> of(List<Question> questions) {
        return of(questions, (key, typed) -> {});
    }

    /** As {@link #of(List)}, telling {@code checked} what the check of each calculation found. */
    static Map<String, ValueType> of(List<Question> questions, BiConsumer<String, ExpressionChecker.Typed> checked) {
        Map<String, ValueType> asked = new LinkedHashMap<>();
        questions.forEach(q -> QuestionRulesYamlReader.valueType(q).ifPresent(type -> asked.put(q.key(), type)));
        List<Calculation> calculations = questions.stream()
                .flatMap(q -> q.calculation().map(c -> new Calculation(q.key(), c)).stream())
                .toList();
        return of(asked, calculations, checked);
    }

    /** A calculation by the key of its question. */
    public record Calculation(String key, Expression formula) {}

    /**
     * The types of questions known only as written: those of the questions asked ({@code asked}, by key) and the
     * calculations in their order. The builder's document, which the reader may still refuse, is typed by this rule.
     */
    public static Map<String, ValueType> withCalculations(
            Map<String, ValueType> asked, List<Calculation> calculations) {
        return of(asked, calculations, (key, typed) -> {});
    }

    private static Map<String, ValueType> of(
            Map<String, ValueType> asked,
            List<Calculation> calculations,
            BiConsumer<String, ExpressionChecker.Typed> checked) {
        Map<String, ValueType> types = new LinkedHashMap<>(asked);
        ExpressionChecker checker = new ExpressionChecker();
        for (Calculation calculation : calculations) {
            ExpressionChecker.Typed typed = checker.typeOf(calculation.formula(), types);
            checked.accept(calculation.key(), typed);
            typed.type().ifPresent(type -> types.put(calculation.key(), type));
        }
        return types;
    }
}
