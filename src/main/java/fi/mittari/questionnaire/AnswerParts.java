package fi.mittari.questionnaire;

import java.util.List;

/**
 * The parts of a question that take a value of their own, each submitted and stored under "question.part": a matrix's
 * items, a ranking's choices, and "other" when a choice question offers it.
 */
public final class AnswerParts {

    private AnswerParts() {}

    public static List<String> of(Question question) {
        return question.accept(PARTS);
    }

    private static final QuestionVisitor<List<String>> PARTS = new QuestionVisitor<List<String>>() {
        @Override
        public List<String> visitSingleChoice(SingleChoiceQuestion single) {
            return other(single);
        }

        @Override
        public List<String> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return other(multiple);
        }

        @Override
        public List<String> visitRating(RatingQuestion rating) {
            return List.of();
        }

        @Override
        public List<String> visitText(TextQuestion text) {
            return List.of();
        }

        @Override
        public List<String> visitYesNo(YesNoQuestion yesNo) {
            return List.of();
        }

        @Override
        public List<String> visitNumber(NumberQuestion number) {
            return List.of();
        }

        @Override
        public List<String> visitDate(DateQuestion date) {
            return List.of();
        }

        @Override
        public List<String> visitTime(TimeQuestion time) {
            return List.of();
        }

        @Override
        public List<String> visitDateTime(DateTimeQuestion dateTime) {
            return List.of();
        }

        @Override
        public List<String> visitConsent(ConsentQuestion consent) {
            return List.of();
        }

        @Override
        public List<String> visitDisplayText(DisplayText note) {
            return List.of();
        }

        @Override
        public List<String> visitLikert(LikertQuestion likert) {
            return List.of();
        }

        @Override
        public List<String> visitMatrix(MatrixQuestion matrix) {
            return matrix.items().stream().map(MatrixItem::key).toList();
        }

        @Override
        public List<String> visitRanking(RankingQuestion ranking) {
            return ranking.choices().stream().map(Choice::value).toList();
        }

        @Override
        public List<String> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }

        private List<String> other(Question question) {
            return question.other().isPresent() ? List.of(OtherChoice.VALUE) : List.of();
        }
    };
}
