package fi.mittari.report.preparing;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionEvaluator;
import fi.mittari.questionnaire.expression.Value;
import fi.mittari.response.ClockText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which questions a complete response was asked, decided as the server decided it when the response was sent (see
 * {@code response.AnswerValidator}): page by page, a page shown when its condition holds, a question on it when its
 * own condition holds, each condition seeing only the answers to the questions before it. Stored answers are the ones
 * that validation accepted, so replaying them gives the same pages and conditions.
 */
final class AskedQuestions {

    /** One answer row of a response, as stored. */
    record StoredAnswer(
            String questionKey,
            Optional<String> choice,
            Optional<BigDecimal> number,
            Optional<String> text,
            Optional<LocalDate> date) {}

    private final Questionnaire questionnaire;

    AskedQuestions(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The answer keys (a matrix's item keys) of the questions asked, given the response's stored answers. */
    List<String> asked(List<StoredAnswer> answers, LocalDate submittedOn) {
        ExpressionEvaluator evaluator = new ExpressionEvaluator(submittedOn);
        Map<String, List<StoredAnswer>> byKey = new HashMap<>();
        answers.forEach(a ->
                byKey.computeIfAbsent(a.questionKey(), k -> new ArrayList<>()).add(a));
        Map<String, Value> seen = new HashMap<>();
        List<String> asked = new ArrayList<>();
        for (Page page : questionnaire.pages()) {
            if (!holds(evaluator, page.relevant(), seen)) {
                continue;
            }
            for (Question question : questionnaire.questionsOn(page)) {
                if (!holds(evaluator, questionnaire.rulesOf(question.key()).relevant(), seen)) {
                    continue;
                }
                if (!question.takesAnswer()) {
                    continue;
                }
                List<MatrixItem> items = MatrixItems.of(question);
                if (!items.isEmpty()) {
                    items.stream()
                            .map(MatrixItem::key)
                            .map(k -> question.key() + "." + k)
                            .forEach(asked::add);
                } else {
                    asked.add(question.key());
                    value(question, byKey.getOrDefault(question.key(), List.of()))
                            .ifPresent(v -> seen.put(question.key(), v));
                }
            }
        }
        return asked;
    }

    private static boolean holds(
            ExpressionEvaluator evaluator, Optional<Expression> condition, Map<String, Value> seen) {
        return condition
                .map(c -> evaluator.isTrue(c, key -> seen.getOrDefault(key, Value.EMPTY), Value.EMPTY))
                .orElse(true);
    }

    /** The value a condition sees, as {@code response.AnswerLogic} makes it from a validated answer. */
    static Optional<Value> value(Question question, List<StoredAnswer> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return question.accept(new QuestionVisitor<Optional<Value>>() {
            @Override
            public Optional<Value> visitSingleChoice(SingleChoiceQuestion single) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitMultipleChoice(MultipleChoiceQuestion multiple) {
                return choices(rows);
            }

            @Override
            public Optional<Value> visitRating(RatingQuestion rating) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitText(TextQuestion text) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitYesNo(YesNoQuestion yesNo) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitNumber(NumberQuestion number) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitDate(DateQuestion date) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitTime(TimeQuestion time) {
                return rows.get(0).text().flatMap(text -> ClockText.time(text)).map(Value.TimeOfDay::new);
            }

            @Override
            public Optional<Value> visitDateTime(DateTimeQuestion dateTime) {
                return rows.get(0)
                        .text()
                        .flatMap(text -> ClockText.dateTime(text))
                        .map(Value.DateTime::new);
            }

            @Override
            public Optional<Value> visitConsent(ConsentQuestion consent) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitDisplayText(DisplayText note) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitLikert(LikertQuestion likert) {
                return rows.get(0).number().map(Value.Num::new);
            }

            @Override
            public Optional<Value> visitMatrix(MatrixQuestion matrix) {
                return plain(rows.get(0));
            }

            @Override
            public Optional<Value> visitRanking(RankingQuestion ranking) {
                List<StoredAnswer> ordered = new ArrayList<>(rows);
                ordered.sort(java.util.Comparator.comparing(r -> r.number().orElse(BigDecimal.ZERO)));
                return choices(ordered);
            }

            @Override
            public Optional<Value> visitCalculate(CalculateQuestion calculate) {
                return plain(rows.get(0));
            }
        });
    }

    private static Optional<Value> choices(List<StoredAnswer> rows) {
        return Optional.of(new Value.Choices(
                rows.stream().flatMap(r -> r.choice().stream()).toList()));
    }

    private static Optional<Value> plain(StoredAnswer row) {
        if (row.choice().isPresent()) {
            return Optional.of(new Value.Text(row.choice().get()));
        }
        if (row.number().isPresent()) {
            return Optional.of(new Value.Num(row.number().get()));
        }
        if (row.date().isPresent()) {
            return Optional.of(new Value.Day(row.date().get()));
        }
        return row.text().map(Value.Text::new);
    }
}
