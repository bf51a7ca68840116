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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * Shares of respondents and of attendance, and ratios of one indicator to another. A share of persons is hidden when
 * its numerator or denominator is hidden (numerators and denominators each a row with their total) or its
 * denominator is under 10 persons; a ratio of persons within persons is a share; a ratio of persons to events is
 * hidden with its persons. Wilson intervals only for a sample.
 */
final class ReferenceShares {

    private final ScopeRecords records;

    ReferenceShares(ScopeRecords records) {
        this.records = records;
    }

    List<Expected> proportion(
            IndicatorDefinition definition, Measure.Proportion proportion, Optional<Breakdown> breakdown) {
        if (proportion.quantity() instanceof Quantity.Attendance) {
            List<Attendance> denominator = records.attendance(definition.population()).stream()
                    .filter(a -> proportion
                            .denominator()
                            .map(f -> Conditions.matches(f, a))
                            .orElseGet(() -> Conditions.known(proportion.numerator(), a)))
                    .toList();
            List<Attendance> numerator = denominator.stream()
                    .filter(a -> Conditions.matches(proportion.numerator(), a))
                    .toList();
            return shares(definition, breakdown, denominator, numerator, Attendance::amount);
        }
        List<Answered> denominator = records.responses(definition.population()).stream()
                .filter(r -> proportion
                        .denominator()
                        .map(f -> Conditions.matches(f, r))
                        .orElseGet(() -> Conditions.known(proportion.numerator(), r)))
                .toList();
        List<Answered> numerator = denominator.stream()
                .filter(r -> Conditions.matches(proportion.numerator(), r))
                .toList();
        return shares(definition, breakdown, denominator, numerator, r -> 1);
    }

    private <U extends Unit> List<Expected> shares(
            IndicatorDefinition definition,
            Optional<Breakdown> breakdown,
            List<U> denominator,
            List<U> numerator,
            ToLongFunction<U> persons) {
        Map<String, Long> tops = sums(Grouping.of(numerator, breakdown), persons);
        Map<String, Long> bottoms = sums(Grouping.of(denominator, breakdown), persons);
        long top = numerator.stream().mapToLong(persons).sum();
        long bottom = denominator.stream().mapToLong(persons).sum();
        bottoms.keySet().forEach(key -> tops.putIfAbsent(key, 0L));
        Map<String, Long> orderedTops = new LinkedHashMap<>();
        bottoms.keySet().forEach(key -> orderedTops.put(key, tops.get(key)));
        Map<String, Boolean> topsHidden = hidden(breakdown, top, orderedTops);
        Map<String, Boolean> bottomsHidden = hidden(breakdown, bottom, bottoms);
        String key = ReferenceFigures.key(breakdown);
        List<Expected> rows = new ArrayList<>();
        bottoms.forEach((group, den) -> {
            long num = orderedTops.get(group);
            if (topsHidden.get(group) || bottomsHidden.get(group) || den < MIN_PERSONS) {
                rows.add(Expected.hidden(key, group, OptionalLong.empty()));
            } else {
                rows.add(share(definition, key, group, num, den));
            }
        });
        return rows;
    }

    private static Map<String, Boolean> hidden(Optional<Breakdown> breakdown, long total, Map<String, Long> counts) {
        return breakdown.isEmpty() ? Map.of("", ReferenceStatistics.small(total)) : PersonRows.hidden(total, counts);
    }

    private static <U extends Unit> Map<String, Long> sums(Grouping<U> grouping, ToLongFunction<U> persons) {
        Map<String, Long> sums = new LinkedHashMap<>();
        grouping.groups()
                .forEach((key, units) ->
                        sums.put(key, units.stream().mapToLong(persons).sum()));
        return sums;
    }

    private static Expected share(IndicatorDefinition definition, String breakdown, String group, long num, long den) {
        if (den == 0) {
            return Expected.shown(breakdown, group, Optional.empty(), 0);
        }
        Expected row = Expected.shown(
                        breakdown,
                        group,
                        Optional.of(ReferenceStatistics.quotient(
                                BigDecimal.valueOf(num), BigDecimal.valueOf(den), definition.decimals())),
                        den)
                .withCounts(num, den);
        return definition.basis() == DataBasis.SAMPLE ? row.withInterval(ReferenceStatistics.wilson(num, den)) : row;
    }

    /** Numerator over denominator indicator for each total or group both have. */
    List<Expected> ratio(
            IndicatorDefinition definition,
            Map<String, IndicatorDefinition> byCode,
            Map<String, List<Expected>> computed) {
        var ratio = (Measure.Ratio) definition.measure();
        boolean topPersons =
                countsPersons(byCode.get(ratio.numeratorIndicator()).measure());
        boolean bottomPersons =
                countsPersons(byCode.get(ratio.denominatorIndicator()).measure());
        Map<String, Expected> bottoms = new LinkedHashMap<>();
        computed.get(ratio.denominatorIndicator())
                .forEach(row -> bottoms.put(row.breakdown() + "|" + row.group(), row));
        java.util.Set<String> declared = new java.util.HashSet<>();
        declared.add("");
        definition.breakdowns().forEach(b -> declared.add(b.key()));
        List<Expected> rows = new ArrayList<>();
        for (Expected top : computed.get(ratio.numeratorIndicator())) {
            Expected bottom = bottoms.get(top.breakdown() + "|" + top.group());
            if (bottom == null || !declared.contains(top.breakdown())) {
                continue; // a ratio has exactly its own declared breakdowns
            }
            if (top.hidden() || bottom.hidden()) {
                rows.add(Expected.hidden(top.breakdown(), top.group(), OptionalLong.empty()));
                continue;
            }
            long a = top.value().orElseThrow().longValueExact();
            long b = bottom.value().orElseThrow().longValueExact();
            boolean share = topPersons && bottomPersons && a <= b; // persons within persons
            if (share && b < MIN_PERSONS) {
                rows.add(Expected.hidden(top.breakdown(), top.group(), OptionalLong.empty()));
            } else if (b == 0) {
                rows.add(nothing(top.breakdown(), top.group()));
            } else {
                Expected row = Expected.shown(
                                top.breakdown(),
                                top.group(),
                                Optional.of(ReferenceStatistics.quotient(
                                        BigDecimal.valueOf(a), BigDecimal.valueOf(b), definition.decimals())),
                                b)
                        .withCounts(a, b);
                boolean interval = share && a <= b && definition.basis() == DataBasis.SAMPLE;
                rows.add(interval ? row.withInterval(ReferenceStatistics.wilson(a, b)) : row);
            }
        }
        return rows;
    }

    /** A ratio over no events: no value and no counts. */
    private static Expected nothing(String breakdown, String group) {
        return new Expected(
                breakdown,
                group,
                false,
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Map.of(),
                OptionalLong.empty());
    }

    List<Expected> pairedChange(IndicatorDefinition definition, Measure.PairedChange change) {
        return new ReferencePairedChange(records).rows(definition, change);
    }

    /** Counts of persons: responses, coached participants, distinct persons, attendance. */
    static boolean countsPersons(Measure measure) {
        if (measure instanceof Measure.Count count) {
            return count.unit() != Measure.CountedUnit.EVENTS;
        }
        if (measure instanceof Measure.DistinctCount distinct) {
            return distinct.unit() == Measure.DistinctUnit.PERSONS;
        }
        return measure instanceof Measure.Sum sum && sum.quantity() instanceof Quantity.Attendance;
    }
}
