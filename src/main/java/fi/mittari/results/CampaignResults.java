package fi.mittari.results;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.ResponsePeriod;
import fi.mittari.response.StoredResponses;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts a campaign's submitted answers for its results page, with one GROUP BY for the choices, one for how many
 * responses answered each question and one read of the numbers, over the responses submitted on the period's days.
 */
@Singleton
public class CampaignResults {

    /** A number question with more distinct values than this shows its mean and median without a distribution. */
    static final int MAX_DISTRIBUTION_ROWS = 20;

    private final StoredResponses stored;
    private final Campaigns campaigns;
    private final QuestionnaireCatalog catalog;
    private final SuppressionRule rule;

    CampaignResults(
            StoredResponses stored,
            Campaigns campaigns,
            QuestionnaireCatalog catalog,
            SuppressionSettings suppression) {
        this.stored = stored;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.rule = suppression.rule();
    }

    /** The results of a campaign, and how many responses the period holds; empty for no such campaign. */
    public record Results(Campaign campaign, long responses, boolean suppressed, List<QuestionResult> questions) {}

    /**
     * The day of the campaign's earliest stored response, if any: answers uploaded from paper, or kept from before the
     * campaign's opening day was moved, may be older than the opening day, and the results page starts from them.
     */
    public Optional<LocalDate> firstResponseDay(long campaignId) {
        return stored.firstDay(campaignId);
    }

    /**
     * The campaign's results over the days {@code from} to {@code to}, both included. {@code suppressed}: small
     * groups hidden (everyone but admins).
     */
    public Optional<Results> of(String slug, LocalDate from, LocalDate to, boolean suppressed, Language language) {
        Optional<Campaign> found = campaigns.bySlug(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Campaign campaign = found.get();
        var questionnaire =
                catalog.version(campaign.questionnaireVersionId()).orElseThrow().questionnaire();
        ResultFigures figures = new ResultFigures(suppressed ? Optional.of(new Suppression(rule)) : Optional.empty());
        List<ShownQuestions.Shown> shown =
                ShownQuestions.of(questionnaire.questions(), language, questionnaire.defaultLanguage());
        ResponsePeriod period = new ResponsePeriod(campaign.id(), from, to);
        long responses = stored.count(period);
        List<QuestionResult> results = new ArrayList<>();
        if (!shown.isEmpty()) {
            List<String> keys = shown.stream().map(ShownQuestions.Shown::key).toList();
            Map<String, Map<String, Long>> choices = stored.choiceCounts(period, keys);
            Map<String, Long> answered = stored.respondentsPerQuestion(period, keys);
            Map<String, List<BigDecimal>> numbers = stored.numbers(period, keys);
            Map<String, Map<String, Long>> hours = hourCounts(period, shown);
            for (ShownQuestions.Shown question : shown) {
                long base = answered.getOrDefault(question.key(), 0L);
                results.add(
                        question.byHour()
                                ? hoursResult(question, base, hours.getOrDefault(question.key(), Map.of()), figures)
                                : question.choices().isEmpty()
                                        ? numbersResult(
                                                question,
                                                base,
                                                numbers.getOrDefault(question.key(), List.of()),
                                                figures)
                                        : new QuestionResult.Choices(
                                                question.key(),
                                                question.label(),
                                                figures.base(base),
                                                question.multiple(),
                                                figures.choices(
                                                        question.choices(),
                                                        choices.getOrDefault(question.key(), Map.of()),
                                                        base,
                                                        question.multiple())));
            }
        }
        return Optional.of(new Results(campaign, responses, suppressed, results));
    }

    private static QuestionResult numbersResult(
            ShownQuestions.Shown question, long base, List<BigDecimal> values, ResultFigures figures) {
        Map<BigDecimal, Long> distribution = new TreeMap<>();
        values.forEach(v -> distribution.merge(v.stripTrailingZeros(), 1L, Long::sum));
        List<ResultRow> rows = List.of();
        if (distribution.size() <= MAX_DISTRIBUTION_ROWS) {
            List<Map.Entry<String, String>> labelled = distribution.keySet().stream()
                    .map(v -> (Map.Entry<String, String>) new SimpleEntry<>(v.toPlainString(), v.toPlainString()))
                    .toList();
            Map<String, Long> counts = new HashMap<>();
            distribution.forEach((v, n) -> counts.put(v.toPlainString(), n));
            rows = figures.choices(labelled, counts, base, false);
        }
        return new QuestionResult.Numbers(
                question.key(), question.label(), figures.base(base), rows, figures.mean(values));
    }

    /** How many answered in each hour of the day ("09:00–09:59"), the hours nobody answered left out. */
    private static QuestionResult hoursResult(
            ShownQuestions.Shown question, long base, Map<String, Long> counts, ResultFigures figures) {
        List<Map.Entry<String, String>> labelled = new TreeMap<>(counts)
                .keySet().stream()
                        .map(hour -> (Map.Entry<String, String>) new SimpleEntry<>(hour, hour + ":00–" + hour + ":59"))
                        .toList();
        return new QuestionResult.Choices(
                question.key(),
                question.label(),
                figures.base(base),
                false,
                figures.choices(labelled, counts, base, false));
    }

    /** Per time and datetime question, how many answered in each hour of the day, counted where the data is. */
    private Map<String, Map<String, Long>> hourCounts(ResponsePeriod period, List<ShownQuestions.Shown> shown) {
        List<String> keys = shown.stream()
                .filter(ShownQuestions.Shown::byHour)
                .map(ShownQuestions.Shown::key)
                .toList();
        return keys.isEmpty() ? Map.of() : stored.hourCounts(period, keys);
    }
}
