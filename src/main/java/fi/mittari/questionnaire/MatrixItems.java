package fi.mittari.questionnaire;

import java.util.List;

/** The items of a question answered item by item on one scale: a matrix's; no other type of question has items. */
public final class MatrixItems {

    private MatrixItems() {}

    public static List<MatrixItem> of(Question question) {
        return question.accept(ITEMS);
    }

    private static final QuestionVisitor<List<MatrixItem>> ITEMS = new QuestionVisitor<>() {
        @Override
        public List<MatrixItem> visitSingleChoice(SingleChoiceQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitMultipleChoice(MultipleChoiceQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitRating(RatingQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitText(TextQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitYesNo(YesNoQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitNumber(NumberQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitDate(DateQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitTime(TimeQuestion time) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitDateTime(DateTimeQuestion dateTime) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitConsent(ConsentQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitDisplayText(DisplayText question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitLikert(LikertQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitMatrix(MatrixQuestion question) {
            return question.items();
        }

        @Override
        public List<MatrixItem> visitRanking(RankingQuestion question) {
            return List.of();
        }

        @Override
        public List<MatrixItem> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }
    };
}
