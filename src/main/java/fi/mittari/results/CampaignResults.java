package fi.mittari.results;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.AnswerReferences;
import fi.mittari.questionnaire.AnswerTypes;
import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.ValueType;
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
        Labels labels = new Labels(language, questionnaire.defaultLanguage());
        ResultFigures figures = new ResultFigures(suppressed ? Optional.of(new Suppression(rule)) : Optional.empty());
        List<Shown> shown = shownQuestions(questionnaire.questions(), labels);
        ResponsePeriod period = new ResponsePeriod(campaign.id(), from, to);
        long responses = stored.count(period);
        List<QuestionResult> results = new ArrayList<>();
        if (!shown.isEmpty()) {
            List<String> keys = shown.stream().map(Shown::key).toList();
            Map<String, Map<String, Long>> choices = stored.choiceCounts(period, keys);
            Map<String, Long> answered = stored.respondentsPerQuestion(period, keys);
            Map<String, List<BigDecimal>> numbers = stored.numbers(period, keys);
            Map<String, Map<String, Long>> hours = hourCounts(period, shown);
            for (Shown question : shown) {
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
            Shown question, long base, List<BigDecimal> values, ResultFigures figures) {
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
            Shown question, long base, Map<String, Long> counts, ResultFigures figures) {
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

    /**
     * A question (or a matrix item) the page shows: choices, or none for a rating or number question; {@code byHour}
     * for a time of day or datetime, counted by the hour of day.
     */
    private record Shown(
            String key, String label, List<Map.Entry<String, String>> choices, boolean multiple, boolean byHour) {}

    private record Labels(Language language, Language fallback) {
        /** A ${key} that shows a respondent an earlier answer is a gap here, where the answers of many are counted. */
        String of(LocalizedText text) {
            return AnswerReferences.fill(text.in(language, fallback), key -> "…");
        }

        List<Map.Entry<String, String>> of(List<Choice> choices) {
            return choices.stream()
                    .map(c -> (Map.Entry<String, String>) new SimpleEntry<>(c.value(), of(c.label())))
                    .toList();
        }
    }

    /**
     * Closed, rating, number, time and datetime questions that are not personal; open texts, dates and the rest are
     * never shown. A datetime shows only its hour of day, which names no day.
     */
    private static List<Shown> shownQuestions(List<Question> questions, Labels labels) {
        List<Shown> shown = new ArrayList<>();
        Map<String, ValueType> types = AnswerTypes.of(questions);
        for (Question question : questions) {
            if (!question.takesAnswer() || question.classification().personal()) {
                continue;
            }
            String label = labels.of(question.label());
            shown.addAll(question.accept(new QuestionVisitor<List<Shown>>() {
                @Override
                public List<Shown> visitSingleChoice(SingleChoiceQuestion single) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitMultipleChoice(MultipleChoiceQuestion multiple) {
                    return List.of(new Shown(multiple.key(), label, labels.of(multiple.choices()), true, false));
                }

                @Override
                public List<Shown> visitRating(RatingQuestion rating) {
                    return List.of(new Shown(rating.key(), label, List.of(), false, false));
                }

                @Override
                public List<Shown> visitText(TextQuestion text) {
                    return List.of();
                }

                @Override
                public List<Shown> visitYesNo(YesNoQuestion yesNo) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitNumber(NumberQuestion number) {
                    return List.of(new Shown(number.key(), label, List.of(), false, false));
                }

                @Override
                public List<Shown> visitDate(DateQuestion date) {
                    return List.of();
                }

                @Override
                public List<Shown> visitTime(TimeQuestion time) {
                    return List.of(new Shown(time.key(), label, List.of(), false, true));
                }

                @Override
                public List<Shown> visitDateTime(DateTimeQuestion dateTime) {
                    return List.of(new Shown(dateTime.key(), label, List.of(), false, true));
                }

                @Override
                public List<Shown> visitConsent(ConsentQuestion consent) {
                    return List.of();
                }

                @Override
                public List<Shown> visitDisplayText(DisplayText note) {
                    return List.of();
                }

                @Override
                public List<Shown> visitLikert(LikertQuestion likert) {
                    return choices(question);
                }

                @Override
                public List<Shown> visitMatrix(MatrixQuestion matrix) {
                    return matrix.items().stream()
                            .map(item -> new Shown(
                                    matrix.answerKey(item),
                                    label + " – " + labels.of(item.label()),
                                    labels.of(matrix.choices()),
                                    false,
                                    false))
                            .toList();
                }

                @Override
                public List<Shown> visitRanking(RankingQuestion ranking) {
                    return List.of();
                }

                @Override
                public List<Shown> visitCalculate(CalculateQuestion calculate) {
                    // a number is summed up like a number question; a text or a date, like open text, is not shown
                    return types.get(calculate.key()) == ValueType.NUMBER
                            ? List.of(new Shown(calculate.key(), label, List.of(), false, false))
                            : List.of();
                }

                private List<Shown> choices(Question question) {
                    return List.of(
                            new Shown(question.key(), label, labels.of(question.singleAnswerChoices()), false, false));
                }
            }));
        }
        return shown;
    }

    // Times are stored as 09:30 and datetimes as 2026-12-03T09:30 (ADR 0043): the hour is the two digits before
    // the last colon, whichever the type.
    private Map<String, Map<String, Long>> hourCounts(ResponsePeriod period, List<Shown> shown) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<String> keys = shown.stream().filter(Shown::byHour).map(Shown::key).toList();
        if (keys.isEmpty()) {
            return counts;
        }
        stored.eachAnswerTo(period, keys, answer -> answer.text()
                .filter(value -> answer.choice().isEmpty() && value.lastIndexOf(':') >= 2)
                .ifPresent(value -> {
                    int colon = value.lastIndexOf(':');
                    counts.computeIfAbsent(answer.questionKey().orElseThrow(), k -> new HashMap<>())
                            .merge(value.substring(colon - 2, colon), 1L, Long::sum);
                }));
        return counts;
    }
}
