package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.indicator.definition.LocatedDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Filter;
import fi.mittari.indicator.definition.Measure.Quantity;
import fi.mittari.indicator.definition.Measure.Statistic;
import fi.mittari.indicator.definition.MeasuredRecords;
import fi.mittari.indicator.definition.Population;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shipped definitions (batch/indicators/*.yaml, read by the real reader) and generated ones covering each measure
 * kind with each breakdown the reader accepts, under each basis.
 */
final class ReferenceDefinitions {

    private static final Breakdown PROJECT = new Breakdown.ByDimension(Dimension.PROJECT);
    private static final Breakdown EVENT = new Breakdown.ByDimension(Dimension.EVENT);
    private static final Breakdown TYPE = new Breakdown.ByDimension(Dimension.EVENT_TYPE);
    private static final Breakdown REGION = new Breakdown.ByDimension(Dimension.REGION);
    private static final Breakdown SECTOR = new Breakdown.ByDimension(Dimension.SECTOR);
    private static final Breakdown MONTH = new Breakdown.ByPeriod(Breakdown.Granularity.MONTH);
    private static final Breakdown QUARTER = new Breakdown.ByPeriod(Breakdown.Granularity.QUARTER);
    private static final Breakdown YEAR = new Breakdown.ByPeriod(Breakdown.Granularity.YEAR);
    private static final Population ALL = Population.everything();

    private ReferenceDefinitions() {}

    static List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>(shipped());
        all.addAll(generated());
        return withoutUnreferenced(all);
    }

    /**
     * The definitions the reference has no reading of yet, and the ratios built on them, left out of the comparison:
     * coached participants counted by their follow-up answers (the employed: their window of follow-up is not
     * generated yet) and networks (the scenarios give events no network). docs/indicators.md lists them.
     */
    static List<IndicatorDefinition> withoutUnreferenced(List<IndicatorDefinition> definitions) {
        java.util.Set<String> left = new java.util.HashSet<>();
        for (IndicatorDefinition d : definitions) {
            Measure m = d.measure();
            if (m instanceof Measure.Count count
                            && count.unit() == Measure.CountedUnit.COACHED_PARTICIPANTS
                            && count.where().isPresent()
                    || m instanceof Measure.DistinctCount distinct
                            && distinct.unit() == Measure.DistinctUnit.NETWORKS) {
                left.add(d.code());
            }
        }
        return definitions.stream()
                .filter(d -> !left.contains(d.code()))
                .filter(d -> !(d.measure() instanceof Measure.Ratio ratio
                        && (left.contains(ratio.numeratorIndicator()) || left.contains(ratio.denominatorIndicator()))))
                .toList();
    }

    static List<IndicatorDefinition> shipped() {
        try (Stream<Path> files = Files.list(Path.of("batch", "indicators"))) {
            List<IndicatorDefinition> definitions = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                IndicatorFile read = new IndicatorDefinitionReader().read(file.toString(), Files.readString(file));
                if (read.rejected()) {
                    throw new AssertionError("shipped definitions refused: " + read.problems());
                }
                read.definitions().stream().map(LocatedDefinition::definition).forEach(definitions::add);
            }
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IndicatorDefinition> generated() {
        Filter partners = new Filter.AnswerIn("outcome.new_partners", List.of("yes"));
        Quantity attendance = new Quantity.Attendance();
        Quantity ability = new Quantity.AnswerNumber("outcome.work_ability");
        var change = new Measure.PairedChange("outcome.work_ability", "coaching-baseline", "coaching-followup");
        var meetings = new Population(List.of(), List.of("network_meeting"));
        return List.of(
                define(
                        "g_events",
                        0,
                        DataBasis.COLLECTED,
                        count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_meetings",
                        0,
                        DataBasis.COLLECTED,
                        count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        meetings,
                        REGION,
                        YEAR),
                define(
                        "g_responses",
                        0,
                        DataBasis.COLLECTED,
                        count(Measure.CountedUnit.RESPONSES, Optional.empty()),
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
                        count(Measure.CountedUnit.RESPONSES, Optional.of(partners)),
                        ALL,
                        new Breakdown.ByChoice("dim.sector"),
                        MONTH),
                define(
                        "g_coached",
                        0,
                        DataBasis.COLLECTED,
                        count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()),
                        ALL,
                        PROJECT,
                        REGION,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_organisations",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty()),
                        ALL,
                        PROJECT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
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
                        "g_attendance",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Sum(attendance),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_meeting_attendance",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Sum(attendance),
                        meetings,
                        REGION,
                        SECTOR),
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
                        "g_attendance_mean",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
                define(
                        "g_attendance_mean_sample",
                        2,
                        DataBasis.SAMPLE,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        ALL,
                        TYPE,
                        MONTH),
                define(
                        "g_attendance_median",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEDIAN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
                define(
                        "g_attendance_min",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MIN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR),
                define(
                        "g_attendance_max",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MAX, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR),
                define(
                        "g_meeting_mean",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        meetings,
                        REGION,
                        SECTOR),
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
                        "g_kela_share",
                        3,
                        DataBasis.COLLECTED,
                        new Measure.Proportion(
                                attendance,
                                new Filter.DimensionIn(Dimension.SECTOR, List.of("kela", "te_services")),
                                Optional.empty()),
                        ALL,
                        REGION,
                        TYPE,
                        MONTH,
                        YEAR),
                define(
                        "g_lappi_share",
                        3,
                        DataBasis.SAMPLE,
                        new Measure.Proportion(
                                attendance,
                                new Filter.DimensionIn(Dimension.REGION, List.of("lappi")),
                                Optional.of(
                                        new Filter.DimensionIn(Dimension.EVENT_TYPE, List.of("training", "workshop")))),
                        ALL,
                        TYPE,
                        SECTOR),
                define(
                        "g_per_event",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Ratio("g_attendance", "g_events"),
                        ALL,
                        PROJECT,
                        TYPE,
                        REGION,
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
                define("g_ability_change", 2, DataBasis.SAMPLE, change, ALL, PROJECT, YEAR),
                define("g_ability_change_census", 1, DataBasis.COLLECTED, change, ALL, PROJECT));
    }

    private static Measure count(Measure.CountedUnit unit, Optional<Filter> where) {
        return new Measure.Count(unit, where);
    }

    private static IndicatorDefinition define(
            String code,
            int decimals,
            DataBasis basis,
            Measure measure,
            Population population,
            Breakdown... breakdowns) {
        LocalizedText text = LocalizedText.of(Language.FI, code);
        return new IndicatorDefinition(
                code,
                text,
                text,
                text,
                decimals,
                basis,
                measure,
                population,
                offered(measure, breakdowns),
                List.of(),
                "reference:" + code);
    }

    /** The breakdowns the reader would accept for the measure's records (MeasuredRecords), in the order given. */
    private static List<Breakdown> offered(Measure measure, Breakdown... breakdowns) {
        return Arrays.stream(breakdowns)
                .filter(b -> MeasuredRecords.of(measure)
                        .map(records -> records.refusal(b).isEmpty())
                        .orElse(true))
                .toList();
    }
}
