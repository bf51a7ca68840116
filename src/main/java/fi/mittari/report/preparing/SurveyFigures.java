package fi.mittari.report.preparing;

import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.Question;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.SurveyQuestion;
import fi.mittari.response.StoredResponses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the survey campaigns' answers say: respondents by sector and region (Reach) and every closed question's
 * distribution (Survey outcomes). Counted by the response feature, one GROUP BY per campaign over the responses submitted in the period.
 */
final class SurveyFigures {

    /** A closed question as the sheet shows it: a single-answer question, or one matrix item. */
    record ClosedQuestion(String answerKey, String label, List<Choice> choices) {}

    private final StoredResponses responses;
    private final ReportTexts texts;
    private final Suppression suppression;
    private final ReachTables reach;

    SurveyFigures(StoredResponses responses, ReportTexts texts, Suppression suppression, ReachTables reach) {
        this.responses = responses;
        this.texts = texts;
        this.suppression = suppression;
        this.reach = reach;
    }

    /** Every closed question of the questionnaire that is not flagged personal, matrix items as questions of their own. */
    List<ClosedQuestion> closedQuestions(ReportCampaign campaign) {
        List<ClosedQuestion> closed = new ArrayList<>();
        for (Question question : campaign.questionnaire().questions()) {
            if (question.classification().personal()) {
                continue;
            }
            if (!question.singleAnswerChoices().isEmpty()) {
                closed.add(new ClosedQuestion(
                        question.key(), texts.text(question.label()), question.singleAnswerChoices()));
            }
            for (MatrixItem item : MatrixItems.of(question)) {
                closed.add(new ClosedQuestion(
                        question.key() + "." + item.key(),
                        texts.text(question.label()) + " – " + texts.text(item.label()),
                        question.answerChoices()));
            }
        }
        return closed;
    }

    List<SurveyQuestion> distributions(List<ReportCampaign> campaigns) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (ReportCampaign campaign : campaigns) {
            List<ClosedQuestion> closed = closedQuestions(campaign);
            if (closed.isEmpty()) {
                continue;
            }
            Map<String, Map<String, Long>> counts = counts(
                    campaign, closed.stream().map(ClosedQuestion::answerKey).toList());
            for (ClosedQuestion question : closed) {
                questions.add(distribution(campaign, question, counts.getOrDefault(question.answerKey(), Map.of())));
            }
        }
        return questions;
    }

    private SurveyQuestion distribution(ReportCampaign campaign, ClosedQuestion question, Map<String, Long> counts) {
        long answered = counts.values().stream().mapToLong(Long::longValue).sum();
        boolean small = answered < suppression.rule().minCount();
        List<Long> countList = question.choices().stream()
                .map(choice -> counts.getOrDefault(choice.value(), 0L))
                .toList();
        // ADR 0006, as for every other table: counts 1–4 hidden, with the complementary count where the hidden ones
        // could be worked out from the total; shares (and their intervals) hidden below the statistic's base too
        var shownCounts = suppression.apply(countList, answered).counts();
        var shownShares = suppression.shares(countList, answered);
        List<SurveyQuestion.ChoiceResult> choices = new ArrayList<>();
        for (int i = 0; i < countList.size(); i++) {
            Choice choice = question.choices().get(i);
            long count = countList.get(i);
            var estimate = ProportionEstimate.of(count, answered);
            boolean any = !small && answered > 0;
            boolean countShown = any && shownCounts.get(i).shownValue().isPresent();
            boolean shareShown = countShown && shownShares.get(i).shownValue().isPresent();
            choices.add(new SurveyQuestion.ChoiceResult(
                    choice.value(),
                    texts.text(choice.label()),
                    countShown ? java.util.Optional.of(count) : java.util.Optional.empty(),
                    shareShown ? java.util.Optional.of(share(count, answered)) : java.util.Optional.empty(),
                    shareShown ? estimate.interval().map(in -> bound(in.lower())) : java.util.Optional.empty(),
                    shareShown ? estimate.interval().map(in -> bound(in.upper())) : java.util.Optional.empty()));
        }
        return new SurveyQuestion(
                campaign.slug(),
                campaign.campaign().title(),
                question.answerKey(),
                question.label(),
                answered,
                choices,
                small && answered > 0 ? texts.hidden() : fi.mittari.report.content.Suppression.NONE);
    }

    /** Respondents by their own answer to the questions of concept dim.sector and dim.region. */
    List<Reach.ReachTable> respondents(List<ReportCampaign> campaigns) {
        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        for (ReportCampaign campaign : campaigns) {
            campaign.conceptQuestion("dim.sector").ifPresent(q -> counts(campaign, List.of(q.key()))
                    .getOrDefault(q.key(), Map.of())
                    .forEach((value, n) -> bySector.merge(value, n, Long::sum)));
            campaign.conceptQuestion("dim.region").ifPresent(q -> counts(campaign, List.of(q.key()))
                    .getOrDefault(q.key(), Map.of())
                    .forEach((value, n) -> byRegion.merge(value, n, Long::sum)));
        }
        return List.of(
                reach.table(
                        Reach.Who.RESPONDENTS,
                        Reach.Dimension.SECTOR,
                        texts.pick("Vastaajat sektoreittain", "Svarande per sektor", "Respondents by sector"),
                        "sector",
                        bySector),
                reach.table(
                        Reach.Who.RESPONDENTS,
                        Reach.Dimension.REGION,
                        texts.pick("Vastaajat maakunnittain", "Svarande per landskap", "Respondents by region"),
                        "region",
                        byRegion));
    }

    private Map<String, Map<String, Long>> counts(ReportCampaign campaign, List<String> keys) {
        return responses.choiceCounts(campaign.period(), keys);
    }

    static BigDecimal share(long count, long of) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP);
    }

    static BigDecimal bound(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
