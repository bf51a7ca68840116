package fi.mittari.indicator.reference;

import static fi.mittari.indicator.reference.ReferenceDefinitions.ALL;
import static fi.mittari.indicator.reference.ReferenceDefinitions.EVENT;
import static fi.mittari.indicator.reference.ReferenceDefinitions.MONTH;
import static fi.mittari.indicator.reference.ReferenceDefinitions.PROJECT;
import static fi.mittari.indicator.reference.ReferenceDefinitions.QUARTER;
import static fi.mittari.indicator.reference.ReferenceDefinitions.REGION;
import static fi.mittari.indicator.reference.ReferenceDefinitions.SECTOR;
import static fi.mittari.indicator.reference.ReferenceDefinitions.TYPE;
import static fi.mittari.indicator.reference.ReferenceDefinitions.YEAR;
import static fi.mittari.indicator.reference.ReferenceDefinitions.define;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Statistic;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Generated definitions of what persons give: responses, coached participants and those counted by their follow-up
 * answers (the employed), distinct persons, statistics of answers, shares of respondents, ratios of persons and paired
 * change, each with every breakdown the reader accepts.
 */
final class PersonDefinitions {

    private PersonDefinitions() {}

    static List<IndicatorDefinition> generated() {
        Filter partners = new Filter.AnswerIn("outcome.new_partners", List.of("yes"));
        Quantity ability = new Quantity.AnswerNumber("outcome.work_ability");
        var change = new Measure.PairedChange("outcome.work_ability", "coaching-baseline", "coaching-followup");
        Filter employed =
                new Filter.AnswerIn("outcome.employment_status", List.of("open_labour_market", "wage_subsidised"));
        var followUps = new Population(List.of(Questionnaires.FOLLOWUP), List.of());
        return List.of(
                define(
                        "g_responses",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH,
                        QUARTER,
                        YEAR,
                        new Breakdown.ByChoice("dim.region"),
                        new Breakdown.ByChoice("baseline.goals")),
                define(
                        "g_responses_yes",
                        0,
                        DataBasis.SAMPLE,
                        new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.of(partners)),
                        ALL,
                        new Breakdown.ByChoice("dim.sector"),
                        MONTH),
                define(
                        "g_coached",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()),
                        ALL,
                        PROJECT,
                        REGION,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_employed",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.of(employed)),
                        followUps,
                        PROJECT,
                        MONTH,
                        YEAR,
                        new Breakdown.ByChoice("outcome.employment_status"),
                        new Breakdown.ByChoice("outcome.coaching_helped")),
                define(
                        // the last work ability answered in the window, at a baseline (sent on the day coaching
                        // started) or a follow-up alike
                        "g_able",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(
                                Measure.CountedUnit.COACHED_PARTICIPANTS,
                                Optional.of(new Filter.AnswerBetween(
                                        "outcome.work_ability", Optional.of(BigDecimal.valueOf(6)), Optional.empty()))),
                        ALL,
                        PROJECT,
                        YEAR),
                define(
                        "g_persons",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.DistinctCount(Measure.DistinctUnit.PERSONS, Optional.empty()),
                        ALL,
                        PROJECT,
                        MONTH,
                        YEAR,
                        new Breakdown.ByChoice("outcome.employment_status")),
                define(
                        "g_satisfaction_sum",
                        0,
                        DataBasis.SAMPLE,
                        new Measure.Sum(new Quantity.AnswerNumber("outcome.event_satisfaction")),
                        ALL,
                        PROJECT,
                        EVENT,
                        MONTH,
                        new Breakdown.ByChoice("dim.region")),
                define(
                        "g_ability_mean",
                        2,
                        DataBasis.SAMPLE,
                        new Measure.Summary(Statistic.MEAN, ability),
                        ALL,
                        PROJECT,
                        MONTH,
                        YEAR),
                define(
                        "g_ability_mean_census",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEAN, ability),
                        ALL,
                        PROJECT),
                define(
                        "g_ability_median",
                        1,
                        DataBasis.ESTIMATE,
                        new Measure.Summary(Statistic.MEDIAN, ability),
                        ALL,
                        PROJECT,
                        YEAR),
                define("g_ability_min", 0, DataBasis.SAMPLE, new Measure.Summary(Statistic.MIN, ability), ALL, PROJECT),
                define("g_ability_max", 0, DataBasis.SAMPLE, new Measure.Summary(Statistic.MAX, ability), ALL, PROJECT),
                define(
                        "g_partners_share",
                        3,
                        DataBasis.SAMPLE,
                        new Measure.Proportion(new Quantity.Respondents(), partners, Optional.empty()),
                        ALL,
                        PROJECT,
                        MONTH,
                        YEAR,
                        new Breakdown.ByChoice("dim.region"),
                        new Breakdown.ByChoice("dim.sector")),
                define(
                        "g_partners_share_census",
                        2,
                        DataBasis.COLLECTED,
                        new Measure.Proportion(new Quantity.Respondents(), partners, Optional.empty()),
                        ALL,
                        new Breakdown.ByChoice("dim.region")),
                define(
                        "g_goals_share",
                        3,
                        DataBasis.SAMPLE,
                        new Measure.Proportion(
                                new Quantity.Respondents(),
                                new Filter.AnswerIn("baseline.goals", List.of("open_labour_market", "wage_subsidised")),
                                Optional.empty()),
                        ALL,
                        PROJECT,
                        YEAR),
                define(
                        "g_ability_high",
                        2,
                        DataBasis.COLLECTED,
                        new Measure.Proportion(
                                new Quantity.Respondents(),
                                new Filter.AnswerBetween(
                                        "outcome.work_ability", Optional.of(BigDecimal.valueOf(7)), Optional.empty()),
                                Optional.empty()),
                        ALL,
                        PROJECT,
                        MONTH),
                define(
                        "g_persons_per_coached",
                        3,
                        DataBasis.SAMPLE,
                        new Measure.Ratio("g_persons", "g_coached"),
                        ALL,
                        PROJECT,
                        MONTH,
                        YEAR),
                define(
                        "g_employment_rate",
                        2,
                        DataBasis.SAMPLE,
                        new Measure.Ratio("g_employed", "g_coached"),
                        ALL,
                        PROJECT,
                        YEAR),
                define("g_ability_change", 2, DataBasis.SAMPLE, change, ALL, PROJECT, YEAR),
                define("g_ability_change_census", 1, DataBasis.COLLECTED, change, ALL, PROJECT));
    }
}
