package fi.mittari.response;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionEvaluator;
import fi.mittari.questionnaire.expression.Value;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A questionnaire's conditions and constraints applied to one submission, question by question: the answers accepted
 * so far are what later conditions see. A question whose condition is false, or whose page's condition is false, is
 * hidden: its answer is neither required nor stored.
 */
final class AnswerLogic {

    private final ExpressionEvaluator evaluator;
    private final Map<String, Value> accepted = new HashMap<>();

    AnswerLogic(LocalDateTime now, java.util.Locale locale) {
        this.evaluator = new ExpressionEvaluator(now, locale);
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

    /**
     * Whether every choice the answer holds is kept by the question's choice filter for the answers accepted so far;
     * "other, please specify" is always kept, since it has no attributes to filter on.
     */
    boolean withinFilter(QuestionRules rules, Question question, AnswerValue answer) {
        if (rules.choiceFilter().isEmpty()) {
            return true;
        }
        return filteredOut(rules.choiceFilter().get(), question, chosen(answer)).isEmpty();
    }

    /** The first chosen value the filter does not keep. */
    Optional<String> filteredOut(Expression filter, Question question, List<String> chosen) {
        Optional<String> other = question.other().map(o -> o.asChoice().value());
        return chosen.stream()
                .filter(value -> !other.map(value::equals).orElse(false))
                .filter(value -> question.answerChoices().stream()
                        .filter(choice -> choice.value().equals(value))
                        .noneMatch(choice -> keeps(filter, choice)))
                .findFirst();
    }

    /** Whether the filter keeps the choice for the answers accepted so far. */
    boolean keeps(Expression filter, Choice choice) {
        return keeps(evaluator, filter, this::valueOf, choice);
    }

    /** Whether the filter keeps the choice for these answers: {@code choice('name')} reads the choice's attributes. */
    static boolean keeps(
            ExpressionEvaluator evaluator, Expression filter, Function<String, Value> answers, Choice choice) {
        return evaluator.keeps(filter, answers, name -> choice.attribute(name)
                .<Value>map(Value.Text::new)
                .orElse(Value.EMPTY));
    }

    /** The answers accepted so far, as expressions see them. */
    Map<String, Value> accepted() {
        return Map.copyOf(accepted);
    }

    /** The choice values an answer holds, as expressions see it: one text, or the selected values. */
    static List<String> chosen(AnswerValue answer) {
        Value value = value(answer);
        if (value instanceof Value.Text single) {
            return List.of(single.value());
        }
        return value instanceof Value.Choices many ? many.values() : List.of();
    }

    /** The calculation's value from the answers accepted so far, as the answer stored for it (none when empty). */
    Optional<Answer> calculate(String questionKey, Expression calculation) {
        return CalculatedAnswers.of(evaluator.evaluate(calculation, this::valueOf, Value.EMPTY))
                .map(value -> new Answer(questionKey, value));
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
