package fi.mittari.response;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionEvaluator;
import fi.mittari.questionnaire.expression.Value;
import java.time.LocalDate;
import java.util.Map;

/**
 * The answers a walk through the questionnaire accepted (hidden questions and refused answers are not among them), as
 * expressions see them: what decides, before a page is shown, which choices its filtered questions offer.
 */
public record AcceptedAnswers(Map<String, Value> values, LocalDate today) {

    public AcceptedAnswers {
        values = Map.copyOf(values);
    }

    /** Whether the choice filter keeps the choice for these answers. */
    public boolean keeps(Expression filter, Choice choice) {
        return AnswerLogic.keeps(
                new ExpressionEvaluator(today), filter, key -> values.getOrDefault(key, Value.EMPTY), choice);
    }
}
