package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
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
import java.util.List;

/**
 * The choices sheet's list of each question, named and filled as the survey rows of {@link QuestionRowWriter} refer
 * to them: a choice question's list is named by its key, and every yes/no question shares one list.
 */
final class QuestionChoiceLists {

    private final String yesNoList;

    QuestionChoiceLists(String yesNoList) {
        this.yesNoList = yesNoList;
    }

    /**
     * The choices a question's list holds ("other" is XLSForm's or_other, not a listed choice); a Likert scale's list
     * is its points valued 1 to N. Yes/no questions share one list. Choices from a code list are written as the
     * list offers them now; retired entries are left out, since XLSForm cannot say "not offered".
     */
    ChoiceList of(Question question) {
        return new ChoiceList(question.accept(listName), question.accept(LISTED_CHOICES));
    }

    /** A named list of the choices sheet; questions without choices have an empty one. */
    record ChoiceList(String name, List<Choice> choices) {}

    private final QuestionVisitor<String> listName = new QuestionVisitor<>() {
        @Override
        public String visitSingleChoice(SingleChoiceQuestion single) {
            return single.key();
        }

        @Override
        public String visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return multiple.key();
        }

        @Override
        public String visitLikert(LikertQuestion likert) {
            return likert.key();
        }

        @Override
        public String visitMatrix(MatrixQuestion matrix) {
            return matrix.key();
        }

        @Override
        public String visitRanking(RankingQuestion ranking) {
            return ranking.key();
        }

        @Override
        public String visitCalculate(CalculateQuestion calculate) {
            return calculate.key();
        }

        @Override
        public String visitYesNo(YesNoQuestion yesNo) {
            return yesNoList;
        }

        @Override
        public String visitRating(RatingQuestion rating) {
            return rating.key();
        }

        @Override
        public String visitText(TextQuestion text) {
            return text.key();
        }

        @Override
        public String visitNumber(NumberQuestion number) {
            return number.key();
        }

        @Override
        public String visitDate(DateQuestion date) {
            return date.key();
        }

        @Override
        public String visitTime(TimeQuestion time) {
            return time.key();
        }

        @Override
        public String visitDateTime(DateTimeQuestion dateTime) {
            return dateTime.key();
        }

        @Override
        public String visitConsent(ConsentQuestion consent) {
            return consent.key();
        }

        @Override
        public String visitDisplayText(DisplayText text) {
            return text.key();
        }
    };

    private static final QuestionVisitor<List<Choice>> LISTED_CHOICES = new QuestionVisitor<>() {
        @Override
        public List<Choice> visitSingleChoice(SingleChoiceQuestion single) {
            return single.choices().stream().filter(Choice::offered).toList();
        }

        @Override
        public List<Choice> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return multiple.choices().stream().filter(Choice::offered).toList();
        }

        @Override
        public List<Choice> visitLikert(LikertQuestion likert) {
            return likert.singleAnswerChoices();
        }

        @Override
        public List<Choice> visitMatrix(MatrixQuestion matrix) {
            return matrix.choices();
        }

        @Override
        public List<Choice> visitRanking(RankingQuestion ranking) {
            return ranking.choices();
        }

        @Override
        public List<Choice> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }

        @Override
        public List<Choice> visitYesNo(YesNoQuestion yesNo) {
            return YesNoQuestion.CHOICES;
        }

        @Override
        public List<Choice> visitRating(RatingQuestion rating) {
            return List.of();
        }

        @Override
        public List<Choice> visitText(TextQuestion text) {
            return List.of();
        }

        @Override
        public List<Choice> visitNumber(NumberQuestion number) {
            return List.of();
        }

        @Override
        public List<Choice> visitDate(DateQuestion date) {
            return List.of();
        }

        @Override
        public List<Choice> visitTime(TimeQuestion time) {
            return List.of();
        }

        @Override
        public List<Choice> visitDateTime(DateTimeQuestion dateTime) {
            return List.of();
        }

        @Override
        public List<Choice> visitConsent(ConsentQuestion consent) {
            return List.of();
        }

        @Override
        public List<Choice> visitDisplayText(DisplayText text) {
            return List.of();
        }
    };
}
