package fi.mittari.response;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.LikertQuestion;
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
import fi.mittari.response.AnswerValidator.Result;
import java.util.List;
import java.util.function.Function;

/**
 * The check of one question's answer taken alone, by type of question: what was submitted under its key (and, for
 * questions answered in parts, under "question.part"). A missing answer is refused when the question is required;
 * conditions and constraints are the validator's.
 */
final class AnswerChecks implements QuestionVisitor<Result> {

    private final SubmittedAnswers submitted;

    AnswerChecks(SubmittedAnswers submitted) {
        this.submitted = submitted;
    }

    static Result check(Question question, SubmittedAnswers submitted) {
        return question.accept(new AnswerChecks(submitted));
    }

    @Override
    public Result visitSingleChoice(SingleChoiceQuestion single) {
        return withOther(single, raw -> {
            if (raw.size() > 1) {
                return refused(single, AnswerProblem.Reason.ONE_CHOICE_ONLY);
            }
            // A retired code list entry stays named in stored answers, but a new answer cannot choose it.
            return single.offeredChoice(raw.get(0)).isPresent()
                    ? Result.of(single.key(), new AnswerValue.SelectedChoice(raw.get(0)))
                    : Result.refused(AnswerValidator.notAChoice(single.key(), single.offeredChoices()));
        });
    }

    @Override
    public Result visitMultipleChoice(MultipleChoiceQuestion multiple) {
        return withOther(multiple, raw -> SelectionRules.check(multiple, raw));
    }

    @Override
    public Result visitRating(RatingQuestion rating) {
        return unlessMissing(rating, raw -> {
            if (raw.size() > 1) {
                return refused(rating, AnswerProblem.Reason.ONE_CHOICE_ONLY);
            }
            int value;
            try {
                value = Integer.parseInt(raw.get(0));
            } catch (NumberFormatException e) {
                return refused(rating, AnswerProblem.Reason.NOT_AN_INTEGER);
            }
            if (value < rating.min() || value > rating.max()) {
                return CompositeAnswers.refused(
                        rating.key(), AnswerProblem.Reason.OUT_OF_RANGE, rating.min(), rating.max());
            }
            return Result.of(rating.key(), new AnswerValue.Rating(value));
        });
    }

    @Override
    public Result visitLikert(LikertQuestion likert) {
        return unlessMissing(likert, raw -> CompositeAnswers.likert(likert, raw));
    }

    @Override
    public Result visitText(TextQuestion text) {
        return unlessMissing(text, raw -> {
            String value = String.join("\n", raw);
            if (value.codePointCount(0, value.length()) > text.maxLength()) {
                return CompositeAnswers.refused(text.key(), AnswerProblem.Reason.TOO_LONG, text.maxLength());
            }
            return Result.of(text.key(), new AnswerValue.Text(value));
        });
    }

    @Override
    public Result visitYesNo(YesNoQuestion yesNo) {
        return oneValue(
                yesNo,
                value -> value.equals(YesNoQuestion.YES) || value.equals(YesNoQuestion.NO)
                        ? Result.of(yesNo.key(), new AnswerValue.SelectedChoice(value))
                        : Result.refused(new AnswerProblem(
                                yesNo.key(),
                                AnswerProblem.Reason.NOT_A_CHOICE,
                                List.of(List.of(YesNoQuestion.YES, YesNoQuestion.NO)))));
    }

    @Override
    public Result visitConsent(ConsentQuestion consent) {
        if (submitted.of(consent.key()).isEmpty()) {
            return refused(consent, AnswerProblem.Reason.NOT_ACCEPTED); // its own wording, not "required"
        }
        return oneValue(
                consent,
                value -> value.equals(ConsentQuestion.ACCEPTED)
                        ? Result.of(consent.key(), new AnswerValue.SelectedChoice(ConsentQuestion.ACCEPTED))
                        : refused(consent, AnswerProblem.Reason.NOT_ACCEPTED));
    }

    @Override
    public Result visitNumber(NumberQuestion number) {
        return oneValue(number, value -> bounded(number, BoundedAnswers.number(number, value)));
    }

    @Override
    public Result visitDate(DateQuestion date) {
        return oneValue(date, value -> bounded(date, BoundedAnswers.date(date, value)));
    }

    @Override
    public Result visitTime(TimeQuestion time) {
        return oneValue(time, value -> bounded(time, BoundedAnswers.time(time, value)));
    }

    @Override
    public Result visitDateTime(DateTimeQuestion dateTime) {
        return oneValue(dateTime, value -> bounded(dateTime, BoundedAnswers.dateTime(dateTime, value)));
    }

    @Override
    public Result visitMatrix(MatrixQuestion matrix) {
        return CompositeAnswers.matrix(matrix, submitted);
    }

    @Override
    public Result visitRanking(RankingQuestion ranking) {
        return RankingAnswers.check(ranking, submitted);
    }

    @Override
    public Result visitCalculate(CalculateQuestion calculate) {
        return Result.nothing(); // worked out by the server (AnswerValidator), never taken from the respondent
    }

    @Override
    public Result visitDisplayText(DisplayText text) {
        return Result.nothing(); // takes no answer
    }

    private Result withOther(Question question, Function<List<String>, Result> check) {
        return CompositeAnswers.withOtherText(question, unlessMissing(question, check), submitted);
    }

    /** Exactly one value, as every form field but a text area and ticked choices sends. */
    private Result oneValue(Question question, Function<String, Result> check) {
        return unlessMissing(
                question,
                raw -> raw.size() > 1
                        ? refused(question, AnswerProblem.Reason.ONE_CHOICE_ONLY)
                        : check.apply(raw.get(0)));
    }

    private Result unlessMissing(Question question, Function<List<String>, Result> check) {
        List<String> raw = submitted.of(question.key());
        if (!raw.isEmpty()) {
            return check.apply(raw);
        }
        return question.required() ? refused(question, AnswerProblem.Reason.REQUIRED) : Result.nothing();
    }

    private static Result bounded(Question question, BoundedAnswers.Outcome outcome) {
        if (outcome instanceof BoundedAnswers.Outcome.Read read) {
            return Result.of(question.key(), read.value());
        }
        var refused = (BoundedAnswers.Outcome.Refused) outcome;
        return Result.refused(new AnswerProblem(question.key(), refused.reason(), refused.arguments()));
    }

    private static Result refused(Question question, AnswerProblem.Reason reason) {
        return CompositeAnswers.refused(question.key(), reason);
    }
}
