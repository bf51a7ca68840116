package fi.mittari.export;

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

/** How a question's answer reaches the cells of an export row. */
enum AnswerShape {
    /** Multiple choice: a 0/1 column per choice, and the text of "other". */
    TICKED,
    /** Single choice: its code in one column, and the text of "other". */
    CHOSEN,
    /** Ranking: each choice's rank in its column. */
    RANKED,
    /** Everything else: one value in the question's column, or one in each item's column for a matrix. */
    WHOLE;

    static AnswerShape of(Question question) {
        return question.accept(SHAPE);
    }

    /** Whether the question's "other" text has a column of its own. */
    boolean takesOtherText() {
        return this == TICKED || this == CHOSEN;
    }

    private static final QuestionVisitor<AnswerShape> SHAPE = new QuestionVisitor<AnswerShape>() {
        @Override
        public AnswerShape visitSingleChoice(SingleChoiceQuestion single) {
            return CHOSEN;
        }

        @Override
        public AnswerShape visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return TICKED;
        }

        @Override
        public AnswerShape visitRating(RatingQuestion rating) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitText(TextQuestion text) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitYesNo(YesNoQuestion yesNo) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitNumber(NumberQuestion number) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitDate(DateQuestion date) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitTime(TimeQuestion time) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitDateTime(DateTimeQuestion dateTime) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitConsent(ConsentQuestion consent) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitDisplayText(DisplayText note) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitLikert(LikertQuestion likert) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitMatrix(MatrixQuestion matrix) {
            return WHOLE;
        }

        @Override
        public AnswerShape visitRanking(RankingQuestion ranking) {
            return RANKED;
        }

        @Override
        public AnswerShape visitCalculate(CalculateQuestion calculate) {
            return WHOLE;
        }
    };
}
