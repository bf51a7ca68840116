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
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import fi.mittari.report.content.AnswerData.Protection;
import fi.mittari.response.StoredResponses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Codebook and Data sheets: the answers of complete responses in the period, one row per answer, never of
 * questions flagged personal, open text (and the text written for "other") only when the definition asks for it. The rows are read when the writer asks
 * for them, as the response feature streams them, so none are held in memory.
 */
final class AnswerDataFigures {

    private final StoredResponses responses;
    private final ReportTexts texts;
    private final boolean openText;

    AnswerDataFigures(StoredResponses responses, ReportTexts texts, boolean openText) {
        this.responses = responses;
        this.texts = texts;
        this.openText = openText;
    }

    AnswerData data(List<ReportCampaign> campaigns) {
        Map<String, List<CodebookEntry>> codebooks = new HashMap<>();
        campaigns.forEach(c -> codebooks.put(c.slug(), codebook(c)));
        // open text can name anyone: such data is pseudonymised, and labelled so; otherwise it is made anonymised
        Optional<DataProtection.Decision> decision =
                openText ? Optional.empty() : Optional.of(new DataProtection(responses).decide(campaigns, codebooks));
        Optional<Map<String, DataProtection.CampaignRule>> rules = decision.map(DataProtection.Decision::rules);
        // a campaign left out (too few respondents) has no rule
        List<ReportCampaign> shown = campaigns.stream()
                .filter(c -> rules.isEmpty() || rules.get().containsKey(c.slug()))
                .toList();
        List<CodebookEntry> codebook = new ArrayList<>();
        shown.forEach(c -> codebooks.get(c.slug()).stream()
                .filter(e -> rules.isEmpty() || rules.get().get(c.slug()).shows(e.questionKey()))
                .forEach(codebook::add));
        List<ReportCampaign> ordered = shown.stream()
                .sorted(Comparator.comparing(ReportCampaign::slug))
                .toList();
        Protection protection =
                decision.map(DataProtection.Decision::protection).orElse(Protection.PSEUDONYMISED);
        return new AnswerData(codebook, sink -> rows(ordered, rules, sink), protection);
    }

    private void rows(
            List<ReportCampaign> ordered,
            Optional<Map<String, DataProtection.CampaignRule>> rules,
            Consumer<AnswerRow> sink) {
        long[] respondent = {0};
        for (ReportCampaign campaign : ordered) {
            Set<String> keys = new HashSet<>();
            codebook(campaign).forEach(e -> keys.add(e.questionKey()));
            Optional<DataProtection.CampaignRule> rule = rules.map(r -> r.get(campaign.slug()));
            rule.ifPresent(r -> keys.removeIf(key -> !r.shows(key)));
            Set<String> moments = DataProtection.moments(campaign);
            long[] numbered = {-1};
            responses.eachAnswer(campaign.period(), row -> {
                long id = row.responseId();
                String key = row.questionKey().orElse(null);
                if (key == null || !keys.contains(key)) {
                    return; // a response without answers has no row to show
                }
                String choice = row.choice().orElse(null);
                BigDecimal number = row.number().orElse(null);
                LocalDate date = row.date().orElse(null);
                String text = row.text().orElse(null);
                String value = rule.isPresent() && text != null && moments.contains(key)
                        ? DataProtection.month(text)
                        : value(choice, number, date, text, rule.isPresent());
                if (value == null) {
                    return;
                }
                if (id != numbered[0]) { // numbered when its first row is shown, so the numbers have no gaps
                    numbered[0] = id;
                    respondent[0]++;
                }
                boolean merged = rule.isPresent() && rule.get().merged(id, key);
                sink.accept(new AnswerRow(
                        respondent[0],
                        campaign.slug(),
                        key,
                        merged ? QuasiIdentifiers.MERGED : value,
                        choice == null && !merged ? Optional.ofNullable(number) : Optional.empty()));
                // the text written for "other" is stored on its choice's row, and shown as an open text
                String otherKey = key + "." + OtherChoice.VALUE;
                if (choice != null && text != null && keys.contains(otherKey)) {
                    sink.accept(new AnswerRow(respondent[0], campaign.slug(), otherKey, text, Optional.empty()));
                }
            });
        }
    }

    /** The answer as the Data sheet shows it; anonymised data shows a date (and a datetime, above) as its month. */
    private static String value(String choice, BigDecimal number, LocalDate date, String text, boolean anonymised) {
        if (choice != null) {
            return choice;
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (date != null) {
            return anonymised ? DataProtection.month(date) : date.toString();
        }
        return text;
    }

    /** The campaign's questions that the Data sheet may show, matrix items as entries of their own. */
    List<CodebookEntry> codebook(ReportCampaign campaign) {
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
