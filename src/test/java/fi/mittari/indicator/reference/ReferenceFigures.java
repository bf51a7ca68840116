package fi.mittari.indicator.reference;

import static fi.mittari.indicator.reference.ReferenceStatistics.MIN_PERSONS;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.reference.Unit.Answered;
import fi.mittari.indicator.reference.Unit.Attendance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every row the rules of docs/indicators.md publish for a definition in one scope: the total, then each breakdown's
 * groups. Counts, sums and statistics here; shares, ratios and paired change in {@link ReferenceShares}.
 */
final class ReferenceFigures {

    private final ScopeRecords records;
    private final ReferenceShares shares;
    private final ReferenceOutcomes outcomes;

    ReferenceFigures(ScopeRecords records) {
        this.records = records;
        this.shares = new ReferenceShares(records);
        this.outcomes = new ReferenceOutcomes(records);
    }

    /** Every definition's rows, by code; ratios after the indicators they divide. */
    Map<String, List<Expected>> all(List<IndicatorDefinition> definitions) {
        Map<String, List<Expected>> rows = new LinkedHashMap<>();
        definitions.stream()
                .filter(d -> !(d.measure() instanceof Measure.Ratio))
                .forEach(d -> rows.put(d.code(), rows(d)));
        Map<String, IndicatorDefinition> byCode =
                definitions.stream().collect(Collectors.toMap(IndicatorDefinition::code, Function.identity()));
        definitions.stream()
                .filter(d -> d.measure() instanceof Measure.Ratio)
                .forEach(d -> rows.put(d.code(), shares.ratio(d, byCode, rows)));
        return rows;
    }

    private List<Expected> rows(IndicatorDefinition definition) {
        if (definition.measure() instanceof Measure.PairedChange change) {
            return shares.pairedChange(definition, change);
        }
        List<Expected> rows = new ArrayList<>();
        rows.addAll(rows(definition, Optional.empty()));
        for (Breakdown breakdown : definition.breakdowns()) {
            rows.addAll(rows(definition, Optional.of(breakdown)));
        }
        return rows;
    }

    private List<Expected> rows(IndicatorDefinition definition, Optional<Breakdown> breakdown) {
        Measure measure = definition.measure();
        var population = definition.population();
        if (measure instanceof Measure.Count count) {
            return switch (count.unit()) {
                case EVENTS -> shownCounts(breakdown, Grouping.of(records.events(population), breakdown));
                case RESPONSES -> {
                    List<Answered> units = records.responses(population).stream()
                            .filter(r -> count.where()
                                    .map(f -> Conditions.matches(f, r))
                                    .orElse(true))
                            .toList();
                    yield personCounts(definition, breakdown, units);
                }
                case COACHED_PARTICIPANTS -> personCounts(
                        definition,
                        breakdown,
                        count.where()
                                .map(condition -> outcomes.meeting(population, condition))
                                .orElseGet(records::coached));
            };
        }
        if (measure instanceof Measure.DistinctCount distinct) {
            if (distinct.unit() == Measure.DistinctUnit.NETWORKS) {
                // a network counts once in each group where it met; networks are not persons and always shown
                return rowsOf(breakdown, Grouping.of(records.events(population), breakdown), units -> {
                    long networks = distinctCount(units, e -> e.event().network());
                    return Expected.shown(key(breakdown), "", Optional.of(BigDecimal.valueOf(networks)), networks);
                });
            }
            if (distinct.unit() == Measure.DistinctUnit.ORGANISATIONS) {
                List<Attendance> rows = records.attendance(population).stream()
                        .filter(a -> a.organisation().isPresent())
                        .toList();
                var grouping = Grouping.of(rows, breakdown);
                return rowsOf(
                        breakdown,
                        grouping,
                        units -> Expected.shown(
                                key(breakdown),
                                "",
                                Optional.of(BigDecimal.valueOf(distinctCount(units, a -> a.organisation()))),
                                distinctCount(units, a -> a.organisation())));
            }
            List<Answered> units = records.responses(population).stream()
                    .filter(r -> r.person().isPresent())
                    .filter(r ->
                            distinct.where().map(f -> Conditions.matches(f, r)).orElse(true))
                    .toList();
            return personCountsOfItems(definition, breakdown, units, Answered::person);
        }
        if (measure instanceof Measure.Sum sum) {
            if (sum.quantity() instanceof Quantity.Attendance) {
                return attendanceSums(definition, breakdown, records.attendance(population));
            }
            String concept = ((Quantity.AnswerNumber) sum.quantity()).concept();
            List<Answered> units = answering(concept, population);
            return rowsOf(
                    breakdown,
                    Grouping.of(units, breakdown),
                    group -> answerStatistic(
                            breakdown,
                            group.stream().map(r -> r.numbers().get(concept)).toList(),
                            values -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                            definition,
                            Optional.empty()));
        }
        if (measure instanceof Measure.Summary summary) {
            return summary.quantity() instanceof Quantity.Attendance
                    ? new ReferenceAttendanceStatistics(records).rows(definition, summary.statistic(), breakdown)
                    : answerSummary(definition, summary, breakdown);
        }
        return shares.proportion(definition, (Measure.Proportion) measure, breakdown);
    }

    private List<Expected> answerSummary(
            IndicatorDefinition definition, Measure.Summary summary, Optional<Breakdown> breakdown) {
        String concept = ((Quantity.AnswerNumber) summary.quantity()).concept();
        List<Answered> units = answering(concept, definition.population());
        return rowsOf(
                breakdown,
                Grouping.of(units, breakdown),
                group -> answerStatistic(
                        breakdown,
                        group.stream().map(r -> r.numbers().get(concept)).toList(),
                        values -> ReferenceAttendanceStatistics.statistic(
                                summary.statistic(), values, definition.decimals()),
                        definition,
                        summary.statistic() == Measure.Statistic.MEAN
                                ? Optional.of(Questionnaires.bounds(concept))
                                : Optional.empty()));
    }

    /**
     * Statistics of answers (and their sum) are hidden under 10 respondents, none included. A mean of a sample has a
     * t interval kept within {@code meanBounds}, the values its question accepts.
     */
    private static Expected answerStatistic(
            Optional<Breakdown> breakdown,
            List<BigDecimal> values,
            Function<List<BigDecimal>, BigDecimal> statistic,
            IndicatorDefinition definition,
            Optional<Expected.Range> meanBounds) {
        int n = values.size();
        if (n < MIN_PERSONS) {
            return Expected.hidden(key(breakdown), "", java.util.OptionalLong.empty());
        }
        Optional<BigDecimal> value = n == 0
                ? Optional.empty()
                : Optional.of(ReferenceStatistics.rounded(statistic.apply(values), definition.decimals()));
        Expected row = Expected.shown(key(breakdown), "", value, n);
        return meanBounds.isPresent() && definition.basis() == DataBasis.SAMPLE
                ? row.withInterval(ReferenceStatistics.t(values, meanBounds.get()))
                : row;
    }

    private List<Answered> answering(String concept, fi.mittari.indicator.definition.Population population) {
        return records.responses(population).stream()
                .filter(r -> r.numbers().containsKey(concept))
                .toList();
    }

    private static List<Expected> attendanceSums(
            IndicatorDefinition definition, Optional<Breakdown> breakdown, List<Attendance> units) {
        var grouping = Grouping.of(units, breakdown);
        long total = units.stream().mapToLong(Attendance::amount).sum();
        Map<String, Long> counts = new LinkedHashMap<>();
        grouping.groups()
                .forEach((key, group) -> counts.put(
                        key, group.stream().mapToLong(Attendance::amount).sum()));
        return PersonRows.of(key(breakdown), total, counts, definition.decimals());
    }

    private static <U extends Unit> List<Expected> personCounts(
            IndicatorDefinition definition, Optional<Breakdown> breakdown, List<U> units) {
        var grouping = Grouping.of(units, breakdown);
        Map<String, Long> counts = new LinkedHashMap<>();
        grouping.groups().forEach((key, group) -> counts.put(key, (long) group.size()));
        return PersonRows.of(key(breakdown), units.size(), counts, definition.decimals());
    }

    private static <U extends Unit> List<Expected> personCountsOfItems(
            IndicatorDefinition definition,
            Optional<Breakdown> breakdown,
            List<U> units,
            Function<U, Optional<String>> item) {
        var grouping = Grouping.of(units, breakdown);
        Map<String, Long> counts = new LinkedHashMap<>();
        grouping.groups().forEach((key, group) -> counts.put(key, distinctCount(group, item)));
        return PersonRows.of(key(breakdown), distinctCount(units, item), counts, definition.decimals());
    }

    private static <U extends Unit> long distinctCount(Collection<U> units, Function<U, Optional<String>> item) {
        Set<String> items = units.stream().map(item).flatMap(Optional::stream).collect(Collectors.toSet());
        return items.size();
    }

    private static <U extends Unit> List<Expected> shownCounts(Optional<Breakdown> breakdown, Grouping<U> grouping) {
        return rowsOf(
                breakdown,
                grouping,
                units -> Expected.shown(
                        key(breakdown), "", Optional.of(BigDecimal.valueOf(units.size())), units.size()));
    }

    /** One row per group, each from the group's records; {@code row} leaves the group key to this method. */
    static <U extends Unit> List<Expected> rowsOf(
            Optional<Breakdown> breakdown, Grouping<U> grouping, Function<List<U>, Expected> row) {
        List<Expected> rows = new ArrayList<>();
        grouping.groups().forEach((key, units) -> rows.add(regroup(row.apply(units), key)));
        return rows;
    }

    static Expected regroup(Expected row, String group) {
        return new Expected(
                row.breakdown(),
                group,
                row.hidden(),
                row.value(),
                row.n(),
                row.numerator(),
                row.denominator(),
                row.interval(),
                row.details(),
                row.persons());
    }

    static String key(Optional<Breakdown> breakdown) {
        return breakdown.map(Breakdown::key).orElse("");
    }
}
