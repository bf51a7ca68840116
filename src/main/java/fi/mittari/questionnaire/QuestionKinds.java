package fi.mittari.questionnaire;

/**
 * Kinds of question that several features single out. Each is a visitor, so a new type of question must be placed in
 * or out of every kind before it compiles.
 */
public final class QuestionKinds {

    private QuestionKinds() {}

    /** Free text, which may say anything, names and health included. */
    public static boolean openText(Question question) {
        return question.accept(OPEN_TEXT);
    }

    /** A statement the respondent accepts, whose wording is kept with the answer. */
    public static boolean consent(Question question) {
        return question.accept(CONSENT);
    }

    private static final QuestionVisitor<Boolean> OPEN_TEXT = new QuestionVisitor<Boolean>() {
        @Override
        public Boolean visitSingleChoice(SingleChoiceQuestion single) {
            return false;
        }

        @Override
        public Boolean visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return false;
        }

        @Override
        public Boolean visitRating(RatingQuestion rating) {
            return false;
        }

        @Override
        public Boolean visitText(TextQuestion text) {
            return true;
        }

        @Override
        public Boolean visitYesNo(YesNoQuestion yesNo) {
            return false;
        }

        @Override
        public Boolean visitNumber(NumberQuestion number) {
            return false;
        }

        @Override
        public Boolean visitDate(DateQuestion date) {
            return false;
        }

        @Override
        public Boolean visitConsent(ConsentQuestion consent) {
            return false;
        }

        @Override
        public Boolean visitDisplayText(DisplayText note) {
            return false;
        }

        @Override
        public Boolean visitLikert(LikertQuestion likert) {
            return false;
        }

        @Override
        public Boolean visitMatrix(MatrixQuestion matrix) {
            return false;
        }

        @Override
        public Boolean visitRanking(RankingQuestion ranking) {
            return false;
        }
    };

    private static final QuestionVisitor<Boolean> CONSENT = new QuestionVisitor<Boolean>() {
        @Override
        public Boolean visitSingleChoice(SingleChoiceQuestion single) {
            return false;
        }

        @Override
        public Boolean visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return false;
        }

        @Override
        public Boolean visitRating(RatingQuestion rating) {
            return false;
        }

        @Override
        public Boolean visitText(TextQuestion text) {
            return false;
        }

        @Override
        public Boolean visitYesNo(YesNoQuestion yesNo) {
            return false;
        }

        @Override
        public Boolean visitNumber(NumberQuestion number) {
            return false;
        }

        @Override
        public Boolean visitDate(DateQuestion date) {
            return false;
        }

        @Override
        public Boolean visitConsent(ConsentQuestion consent) {
            return true;
        }

        @Override
        public Boolean visitDisplayText(DisplayText note) {
            return false;
        }

        @Override
        public Boolean visitLikert(LikertQuestion likert) {
            return false;
        }

        @Override
        public Boolean visitMatrix(MatrixQuestion matrix) {
            return false;
        }

        @Override
        public Boolean visitRanking(RankingQuestion ranking) {
            return false;
        }
    };
}
