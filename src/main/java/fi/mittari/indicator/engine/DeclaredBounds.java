package fi.mittari.indicator.engine;

import fi.mittari.indicator.statistics.Bounds;
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
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/** The values a question accepts as its number answer, as its questionnaire declares them. */
final class DeclaredBounds {

    private DeclaredBounds() {}

    /**
     * A number question's optional min and max, a rating's scale, a Likert scale's points 1…points; any other question
     * stores no number a mean is taken of (a ranking's ranks are not averaged as a concept's answer), so nothing.
     */
    static Bounds of(Question question) {
        return question.accept(DECLARED);
    }

    private static final QuestionVisitor<Bounds> DECLARED = new QuestionVisitor<Bounds>() {
        @Override
        public Bounds visitSingleChoice(SingleChoiceQuestion single) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitRating(RatingQuestion rating) {
            return Bounds.between(rating.min(), rating.max());
        }

        @Override
        public Bounds visitText(TextQuestion text) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitYesNo(YesNoQuestion yesNo) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitNumber(NumberQuestion number) {
            return new Bounds(value(number.min()), value(number.max()));
        }

        @Override
        public Bounds visitDate(DateQuestion date) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitTime(TimeQuestion time) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitDateTime(DateTimeQuestion dateTime) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitConsent(ConsentQuestion consent) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitDisplayText(DisplayText note) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitLikert(LikertQuestion likert) {
            return Bounds.between(1, likert.points());
        }

        @Override
        public Bounds visitMatrix(MatrixQuestion matrix) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitRanking(RankingQuestion ranking) {
            return Bounds.NONE;
        }

        @Override
        public Bounds visitCalculate(CalculateQuestion calculate) {
            return Bounds.NONE;
        }
    };

    private static OptionalDouble value(Optional<BigDecimal> bound) {
        return bound.map(b -> OptionalDouble.of(b.doubleValue())).orElse(OptionalDouble.empty());
    }
}
