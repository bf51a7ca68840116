package fi.mittari.results;

import fi.mittari.questionnaire.AnswerReferences;
import fi.mittari.questionnaire.AnswerTypes;
import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which questions the results page shows, and how: the decision per question type, apart from the counting in
 * {@link CampaignResults}.
 */
final class ShownQuestions {

    private ShownQuestions() {}

    /**
     * A question (or a matrix item) the page shows: choices, or none for a rating or number question; {@code byHour}
     * for a time of day or datetime, counted by the hour of day.
     */
    record Shown(String key, String label, List<Map.Entry<String, String>> choices, boolean multiple, boolean byHour) {}

    private record Labels(Language language, Language fallback) {
        /** A ${key} that shows a respondent an earlier answer is a gap here, where the answers of many are counted. */
        String of(LocalizedText text) {
            return AnswerReferences.fill(text.in(language, fallback), key -> "…");
        }

        List<Map.Entry<String, String>> of(List<Choice> choices) {
            return choices.stream()
                    .map(c -> (Map.Entry<String, String>) new SimpleEntry<>(c.value(), of(c.label())))
                    .toList();
        }
    }

    /**
     * Closed, rating, number, time and datetime questions that are not personal; open texts, dates and the rest are
     * never shown. A datetime shows only its hour of day, which names no day.
     */
    static List<Shown> of(List<Question> questions, Language language, Language fallback) {
        Labels labels = new Labels(language, fallback);
        List<Shown> shown = new ArrayList<>();
        Map<String, ValueType> types = AnswerTypes.of(questions);
        for (Question question : questions) {
            if (!question.takesAnswer() || question.classification().personal()) {
                continue;
            }
            String label = labels.of(question.label());
            shown.addAll(question.accept(new QuestionVisitor<List<Shown>>() {
                @Override
                public List<Shown> visitSingleChoice(SingleChoiceQuestion single) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitMultipleChoice(MultipleChoiceQuestion multiple) {
                    return List.of(new Shown(multiple.key(), label, labels.of(multiple.choices()), true, false));
                }

                @Override
                public List<Shown> visitRating(RatingQuestion rating) {
                    return List.of(new Shown(rating.key(), label, List.of(), false, false));
                }

                @Override
                public List<Shown> visitText(TextQuestion text) {
                    return List.of();
                }

                @Override
                public List<Shown> visitYesNo(YesNoQuestion yesNo) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitNumber(NumberQuestion number) {
                    return List.of(new Shown(number.key(), label, List.of(), false, false));
                }

                @Override
                public List<Shown> visitDate(DateQuestion date) {
                    return List.of();
                }

                @Override
                public List<Shown> visitTime(TimeQuestion time) {
                    return List.of(new Shown(time.key(), label, List.of(), false, true));
                }

                @Override
                public List<Shown> visitDateTime(DateTimeQuestion dateTime) {
                    return List.of(new Shown(dateTime.key(), label, List.of(), false, true));
                }

                @Override
                public List<Shown> visitConsent(ConsentQuestion consent) {
                    return List.of();
                }

                @Override
                public List<Shown> visitDisplayText(DisplayText note) {
                    return List.of();
                }

                @Override
                public List<Shown> visitLikert(LikertQuestion likert) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitMatrix(MatrixQuestion matrix) {
                    return matrix.items().stream()
                            .map(item -> new Shown(
                                    matrix.answerKey(item),
                                    label + " – " + labels.of(item.label()),
                                    labels.of(matrix.choices()),
                                    false,
                                    false))
                            .toList();
                }

                @Override
                public List<Shown> visitRanking(RankingQuestion ranking) {
                    return List.of();
                }

                @Override
                public List<Shown> visitCalculate(CalculateQuestion calculate) {
                    // a number is summed up like a number question; a text or a date, like open text, is not shown
                    return types.get(calculate.key()) == ValueType.NUMBER
                            ? List.of(new Shown(calculate.key(), label, List.of(), false, false))
                            : List.of();
                }

                private List<Shown> choices(Question question) {
                    return List.of(
                            new Shown(question.key(), label, labels.of(question.singleAnswerChoices()), false, false));
                }
            }));
        }
        return shown;
    }
}
