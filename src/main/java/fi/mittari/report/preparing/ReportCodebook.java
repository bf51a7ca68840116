package fi.mittari.report.preparing;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
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
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionKinds;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The Codebook sheet's entries of one campaign: the questions whose answers the Data sheet may show, matrix items as
 * entries of their own, never questions flagged personal, open text (and the text written for "other") only when the
 * definition asks for it.
 */
final class ReportCodebook {

    private final ReportTexts texts;
    private final boolean openText;

    ReportCodebook(ReportTexts texts, boolean openText) {
        this.texts = texts;
        this.openText = openText;
    }

    List<CodebookEntry> of(ReportCampaign campaign) {
        List<CodebookEntry> entries = new ArrayList<>();
        for (Question question : campaign.questionnaire().questions()) {
            if (!question.takesAnswer() || question.classification().personal()) {
                continue;
            }
            if (QuestionKinds.openText(question) && !openText) {
                continue;
            }
            String type = question.typeName();
            List<MatrixItem> items = MatrixItems.of(question);
            if (!items.isEmpty()) {
                for (MatrixItem item : items) {
                    entries.add(new CodebookEntry(
                            campaign.slug(),
                            question.key() + "." + item.key(),
                            texts.text(question.label()) + " – " + texts.text(item.label()),
                            type,
                            coded(question.answerChoices())));
                }
                continue;
            }
            entries.add(new CodebookEntry(
                    campaign.slug(), question.key(), texts.text(question.label()), type, coded(choices(question))));
            if (openText) {
                question.other()
                        .ifPresent(other -> entries.add(new CodebookEntry(
                                campaign.slug(),
                                question.key() + "." + OtherChoice.VALUE,
                                texts.text(question.label()) + " – "
                                        + texts.text(other.asChoice().label()),
                                "text",
                                List.of())));
            }
        }
        return entries;
    }

    /** The choices a codebook lists: "other" only when a single choice offers it, as the codebook always has. */
    private static List<Choice> choices(Question question) {
        return question.accept(CODED_CHOICES);
    }

    private static final QuestionVisitor<List<Choice>> CODED_CHOICES = new QuestionVisitor<List<Choice>>() {
        @Override
        public List<Choice> visitSingleChoice(SingleChoiceQuestion single) {
            return single.answerChoices();
        }

        @Override
        public List<Choice> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return multiple.choices();
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
        public List<Choice> visitYesNo(YesNoQuestion yesNo) {
            return yesNo.answerChoices();
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
        public List<Choice> visitDisplayText(DisplayText note) {
            return List.of();
        }

        @Override
        public List<Choice> visitLikert(LikertQuestion likert) {
            return likert.answerChoices();
        }

        @Override
        public List<Choice> visitMatrix(MatrixQuestion matrix) {
            return matrix.answerChoices();
        }

        @Override
        public List<Choice> visitRanking(RankingQuestion ranking) {
            return ranking.answerChoices();
        }

        @Override
        public List<Choice> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }
    };

    private List<CodedValue> coded(List<Choice> choices) {
        return choices.stream()
                .map(c -> new CodedValue(c.value(), texts.text(c.label())))
                .toList();
    }
}
