package fi.mittari.questionnaire;

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
        Map<String, ValueType> types = new LinkedHashMap<>();
        questions.forEach(q -> QuestionRulesYamlReader.valueType(q).ifPresent(type -> types.put(q.key(), type)));
        ExpressionChecker checker = new ExpressionChecker();
        for (Question question : questions) {
            question.calculation().ifPresent(calculation -> {
                ExpressionChecker.Typed typed = checker.typeOf(calculation, types);
                checked.accept(question.key(), typed);
                typed.type().ifPresent(type -> types.put(question.key(), type));
            });
        }
        return types;
    }
}
