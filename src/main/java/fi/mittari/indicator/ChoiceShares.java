package fi.mittari.indicator;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns counted answers into a campaign's indicators: the number of responses and, for every choice of every
 * single-answer question (single choice with its "other", yes/no, Likert) and of every matrix item, the share of its
 * respondents who chose it. Every choice of the definition gets a
 * figure, zero included, so a funder sees the whole distribution; counts for values the definition no longer has are
 * left out rather than mislabelled.
 */
public final class ChoiceShares {

    private ChoiceShares() {}

    public static List<IndicatorValue> calculate(
            Questionnaire questionnaire,
            long responses,
            Map<String, Long> answeredByQuestion,
            List<ChoiceCount> counts) {
        Map<String, Long> countByChoice = new HashMap<>();
        counts.forEach(c -> countByChoice.put(c.questionKey() + '\u0000' + c.choiceValue(), c.respondents()));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.responses(responses));
        for (Question question : questionnaire.questions()) {
            shares(question.key(), question.singleAnswerChoices(), answeredByQuestion, countByChoice, values);
            if (question instanceof MatrixQuestion matrix) {
                // Each item is answered like a single choice and stored under its own key.
                matrix.items()
                        .forEach(item -> shares(
                                matrix.answerKey(item), matrix.choices(), answeredByQuestion, countByChoice, values));
            }
        }
        return values;
    }

    private static void shares(
            String answerKey,
            List<Choice> choices,
            Map<String, Long> answeredByQuestion,
            Map<String, Long> countByChoice,
            List<IndicatorValue> values) {
        long answered = answeredByQuestion.getOrDefault(answerKey, 0L);
        for (Choice choice : choices) {
            long chosen = countByChoice.getOrDefault(answerKey + '\u0000' + choice.value(), 0L);
            values.add(new IndicatorValue(IndicatorKind.CHOICE_SHARE, answerKey, choice.value(), chosen, answered));
        }
    }
}
