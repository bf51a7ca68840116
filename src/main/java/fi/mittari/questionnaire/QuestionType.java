package fi.mittari.questionnaire;

/**
 * The types of question, one constant a type. A switch expression over it has no default, so Java refuses to compile
 * one that leaves a type out: a yes/no decision about types reads as one switch instead of a visitor of twelve methods.
 */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    RATING,
    TEXT,
    YES_NO,
    NUMBER,
    DATE,
    TIME,
    DATETIME,
    CONSENT,
    NOTE,
    LIKERT,
    MATRIX,
    RANKING,
    CALCULATE;

    /** The type of {@code question}, through the one visitor that names them all. */
    public static QuestionType of(Question question) {
        return question.accept(NAMED);
    }

    private static final QuestionVisitor<QuestionType> NAMED = new QuestionVisitor<>() {
        @Override
        public QuestionType visitSingleChoice(SingleChoiceQuestion question) {
            return SINGLE_CHOICE;
        }

        @Override
        public QuestionType visitMultipleChoice(MultipleChoiceQuestion question) {
            return MULTIPLE_CHOICE;
        }

        @Override
        public QuestionType visitRating(RatingQuestion question) {
            return RATING;
        }

        @Override
        public QuestionType visitText(TextQuestion question) {
            return TEXT;
        }

        @Override
        public QuestionType visitYesNo(YesNoQuestion question) {
            return YES_NO;
        }

        @Override
        public QuestionType visitNumber(NumberQuestion question) {
            return NUMBER;
        }

        @Override
        public QuestionType visitDate(DateQuestion question) {
            return DATE;
        }

        @Override
        public QuestionType visitTime(TimeQuestion question) {
            return TIME;
        }

        @Override
        public QuestionType visitDateTime(DateTimeQuestion question) {
            return DATETIME;
        }

        @Override
        public QuestionType visitConsent(ConsentQuestion question) {
            return CONSENT;
        }

        @Override
        public QuestionType visitDisplayText(DisplayText question) {
            return NOTE;
        }

        @Override
        public QuestionType visitLikert(LikertQuestion question) {
            return LIKERT;
        }

        @Override
        public QuestionType visitMatrix(MatrixQuestion question) {
            return MATRIX;
        }

        @Override
        public QuestionType visitRanking(RankingQuestion question) {
            return RANKING;
        }

        @Override
        public QuestionType visitCalculate(CalculateQuestion question) {
            return CALCULATE;
        }
    };
}
