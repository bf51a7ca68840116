package fi.mittari.response;

import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionEvaluator;
import fi.mittari.questionnaire.expression.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire's conditions and constraints applied to one submission, question by question: the answers accepted
 * so far are what later conditions see. A question whose condition is false, or whose page's condition is false, is
 * hidden: its answer is neither required nor stored.
 */
final class AnswerLogic {

    private final ExpressionEvaluator evaluator;
    private final Map<String, Value> accepted = new HashMap<>();

    AnswerLogic(LocalDate today) {
        this.evaluator = new ExpressionEvaluator(today);
    }

    boolean shown(QuestionRules rules) {
        return holds(rules.relevant());
    }

    /** A page is shown when its condition holds for the answers to the pages before it. */
    boolean shown(Page page) {
        return holds(page.relevant());
    }

    private boolean holds(Optional<Expression> condition) {
        return condition
                .map(c -> evaluator.isTrue(c, this::valueOf, Value.EMPTY))
                .orElse(true);
    }

    /** Whether an answer satisfies the question's constraint ({@code .} in the constraint is this answer). */
    boolean satisfies(QuestionRules rules, AnswerValue answer) {
        return rules.constraint()
                .map(constraint -> evaluator.isTrue(constraint, this::valueOf, value(answer)))
                .orElse(true);
    }

    void accept(Answer answer) {
        accepted.put(answer.questionKey(), value(answer.value()));
    }

    private Value valueOf(String questionKey) {
        return accepted.getOrDefault(questionKey, Value.EMPTY);
    }

    static Value value(AnswerValue answer) {
        return answer.accept(AS_VALUE);
    }

    private static final AnswerValue.Visitor<Value> AS_VALUE = new AnswerValue.Visitor<Value>() {
        @Override
        public Value visitSelectedChoice(AnswerValue.SelectedChoice choice) {
            return new Value.Text(choice.value());
        }

        @Override
        public Value visitSelectedChoices(AnswerValue.SelectedChoices choices) {
            return new Value.Choices(choices.values());
        }

        @Override
        public Value visitScalePoint(AnswerValue.ScalePoint point) {
            return new Value.Num(BigDecimal.valueOf(point.value()));
        }

        @Override
        public Value visitItemChoices(AnswerValue.ItemChoices items) {
            return Value.EMPTY; // expressions cannot refer to a matrix
        }

        @Override
        public Value visitRanked(AnswerValue.Ranked ranked) {
            return new Value.Choices(ranked.values());
        }

        @Override
        public Value visitRating(AnswerValue.Rating rating) {
            return new Value.Num(BigDecimal.valueOf(rating.value()));
        }

        @Override
        public Value visitText(AnswerValue.Text text) {
            return new Value.Text(text.value());
        }

        @Override
        public Value visitNumber(AnswerValue.Number number) {
            return new Value.Num(number.value());
        }

        @Override
        public Value visitDay(AnswerValue.Day day) {
            return new Value.Day(day.value());
        }

        @Override
        public Value visitTimeOfDay(AnswerValue.TimeOfDay time) {
            return new Value.TimeOfDay(time.value());
        }

        @Override
        public Value visitDateTime(AnswerValue.DateTime dateTime) {
            return new Value.DateTime(dateTime.value());
        }
    };
}
