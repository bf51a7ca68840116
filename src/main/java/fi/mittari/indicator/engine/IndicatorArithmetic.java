package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.Interval;
import fi.mittari.indicator.statistics.MeanEstimate;
import fi.mittari.indicator.statistics.PairedChange;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.RatioEstimate;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.descriptive.Median;

/**
 * Turns what the database measured into the figures stored for funders: values rounded to the definition's decimals,
 * intervals, and suppression. Counts of persons (responses, coached participants, persons, attendance) are protected
 * as a row of groups with its total, so a small group is hidden together with a complementary one; shares, means and
 * sums of answers are hidden over a small base. Events and organisations are not persons and are always shown.
 */
public final class IndicatorArithmetic {

    private final Suppression suppression;

    public IndicatorArithmetic(Suppression suppression) {
        this.suppression = suppression;
    }

    /** The total row ({@code groups} empty) or the rows of one breakdown, whose groups are checked against the total. */
    public List<IndicatorRow> rows(
            IndicatorDefinition definition, String breakdownKey, MeasuredGroup total, List<MeasuredGroup> groups) {
        Measure measure = definition.measure();
        if (breakdownKey.isEmpty()) {
            if (countsPersons(measure)) {
                return List.of(count(definition, "", total, suppression.count(total.n())));
            }
            return List.of(figure(definition, "", total));
        }
        if (countsPersons(measure)) {
            return personCounts(definition, breakdownKey, total, groups);
        }
        return groups.stream().map(g -> figure(definition, breakdownKey, g)).toList();
    }

    /** Numerator indicator over denominator indicator, for the same group; hidden when either operand is hidden. */
    public IndicatorRow ratio(
            IndicatorDefinition definition,
            IndicatorRow numerator,
            IndicatorRow denominator,
            boolean personsOfPersons) {
        var hidden = numerator.suppression().or(denominator::suppression);
        if (hidden.isPresent()) {
            return suppressed(
                    definition, numerator.breakdownKey(), numerator.groupKey(), numerator.groupLabel(), hidden.get());
        }
        BigDecimal top = numerator.value().orElse(null);
        BigDecimal bottom = denominator.value().orElse(null);
        if (top == null || bottom == null || bottom.signum() == 0) {
            return row(
                    definition,
                    numerator.breakdownKey(),
                    numerator.groupKey(),
                    numerator.groupLabel(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        if (!isWholeNonNegative(top) || !isWholeNonNegative(bottom)) {
            // a ratio of averages: no counts to give an interval or to check for small groups
            BigDecimal value = top.divide(bottom, definition.decimals(), RoundingMode.HALF_UP);
            return row(
                    definition,
                    numerator.breakdownKey(),
                    numerator.groupKey(),
                    numerator.groupLabel(),
                    Optional.of(value),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        long a = top.longValueExact();
        long b = bottom.longValueExact();
        RatioEstimate estimate = personsOfPersons && a <= b ? RatioEstimate.ofSubset(a, b) : RatioEstimate.of(a, b);
        Cell<RatioEstimate> cell = suppression.ratio(estimate);
        if (cell.isSuppressed()) {
            return suppressed(
                    definition,
                    numerator.breakdownKey(),
                    numerator.groupKey(),
                    numerator.groupLabel(),
                    cell.suppressionReason().orElseThrow());
        }
        return row(
                definition,
                numerator.breakdownKey(),
                numerator.groupKey(),
                numerator.groupLabel(),
                estimate.rounded(definition.decimals()),
                Optional.of(b),
                Optional.of(a),
                Optional.of(b),
                estimate.interval(),
                Optional.empty());
    }

    /** Mean change of the paired persons, with the counts a funder needs to judge it in {@code extra}. */
    public IndicatorRow change(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            PairedChange change) {
        Cell<PairedChange> cell = suppression.change(change);
        if (cell.isSuppressed()) {
            return suppressed(
                    definition,
                    breakdownKey,
                    groupKey,
                    label,
                    cell.suppressionReason().orElseThrow());
        }
        var mean = change.change().orElseThrow();
        String extra = "{\"pairs\":" + change.pairs() + ",\"personsLost\":" + change.personsLost()
                + ",\"newAtFollowUp\":" + change.newAtFollowUp() + ",\"improved\":" + change.improved()
                + ",\"same\":" + change.same() + ",\"worse\":" + change.worse()
                + meanOf("baselineMean", change.baseline()) + meanOf("followupMean", change.followUp()) + "}";
        return row(
                definition,
                breakdownKey,
                groupKey,
                label,
                Optional.of(round(mean.mean(), definition)),
                Optional.of((long) change.pairs()),
                Optional.empty(),
                Optional.empty(),
                mean.interval(),
                Optional.of(extra));
    }

    /** The paired persons' mean of one wave for {@code extra}, to 4 decimals (the reports round it further). */
    private static String meanOf(String name, Optional<MeanEstimate> wave) {
        return wave.map(w -> ",\"" + name + "\":"
                        + BigDecimal.valueOf(w.mean())
                                .setScale(4, RoundingMode.HALF_UP)
                                .toPlainString())
                .orElse("");
    }

    /** Whether a measure counts persons: such counts are suppressed when small, and ratios of two of them are shares. */
    public static boolean countsPersons(Measure measure) {
        if (measure instanceof Measure.Count count) {
            return count.unit() != Measure.CountedUnit.EVENTS;
        }
        if (measure instanceof Measure.DistinctCount distinct) {
            return distinct.unit() == Measure.DistinctUnit.PERSONS;
        }
        return measure instanceof Measure.Sum sum && sum.quantity() instanceof Measure.Quantity.Attendance;
    }

    private List<IndicatorRow> personCounts(
            IndicatorDefinition definition, String breakdownKey, MeasuredGroup total, List<MeasuredGroup> groups) {
        List<Long> counts = groups.stream().map(MeasuredGroup::n).toList();
        boolean withinTotal = counts.stream().allMatch(c -> c <= total.n());
        List<Cell<Long>> cells = withinTotal
                ? suppression.apply(counts, total.n()).counts()
                : counts.stream().map(suppression::count).toList();
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(count(definition, breakdownKey, groups.get(i), cells.get(i)));
        }
        return rows;
    }

    private IndicatorRow count(
            IndicatorDefinition definition, String breakdownKey, MeasuredGroup group, Cell<Long> cell) {
        if (cell.isSuppressed()) {
            return suppressed(
                    definition,
                    breakdownKey,
                    group.key(),
                    group.label(),
                    cell.suppressionReason().orElseThrow());
        }
        return row(
                definition,
                breakdownKey,
                group.key(),
                group.label(),
                Optional.of(group.value()
                        .orElse(BigDecimal.valueOf(group.n()))
                        .setScale(definition.decimals(), RoundingMode.HALF_UP)),
                Optional.of(group.n()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private IndicatorRow figure(IndicatorDefinition definition, String breakdownKey, MeasuredGroup group) {
        Measure measure = definition.measure();
        if (measure instanceof Measure.Proportion) {
            return share(definition, breakdownKey, group);
        }
        boolean ofPersons = !(measure instanceof Measure.Count || measure instanceof Measure.DistinctCount)
                && !(measure instanceof Measure.Summary summary
                        && summary.quantity() instanceof Measure.Quantity.Attendance);
        if (ofPersons && suppression.rule().isSmallBase(group.n())) {
            return suppressed(definition, breakdownKey, group.key(), group.label(), SuppressionReason.SMALL_BASE);
        }
        Optional<BigDecimal> value = group.value();
        Optional<Interval> interval = Optional.empty();
        if (measure instanceof Measure.Summary summary) {
            if (summary.statistic() == Measure.Statistic.MEDIAN) {
                value = group.unitValues().isEmpty()
                        ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(Median.withDefaults()
                                .evaluate(group.unitValues().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray())));
            } else if (summary.statistic() == Measure.Statistic.MEAN && value.isPresent()) {
                interval = Interval.ofMean95(
                        value.get().doubleValue(), group.variance().orElse(Double.NaN), group.n());
            }
        }
        return row(
                definition,
                breakdownKey,
                group.key(),
                group.label(),
                value.map(v -> v.setScale(definition.decimals(), RoundingMode.HALF_UP)),
                Optional.of(group.n()),
                Optional.empty(),
                Optional.empty(),
                interval,
                Optional.empty());
    }

    private IndicatorRow share(IndicatorDefinition definition, String breakdownKey, MeasuredGroup group) {
        var estimate = ProportionEstimate.of(group.numerator(), group.denominator());
        Cell<ProportionEstimate> cell = suppression.share(estimate);
        if (cell.isSuppressed()) {
            return suppressed(
                    definition,
                    breakdownKey,
                    group.key(),
                    group.label(),
                    cell.suppressionReason().orElseThrow());
        }
        return row(
                definition,
                breakdownKey,
                group.key(),
                group.label(),
                Optional.of(BigDecimal.valueOf(estimate.numerator())
                        .divide(
                                BigDecimal.valueOf(estimate.denominator()),
                                definition.decimals(),
                                RoundingMode.HALF_UP)),
                Optional.of(estimate.n()),
                Optional.of(estimate.numerator()),
                Optional.of(estimate.denominator()),
                estimate.interval(),
                Optional.empty());
    }

    private static BigDecimal round(double value, IndicatorDefinition definition) {
        return BigDecimal.valueOf(value).setScale(definition.decimals(), RoundingMode.HALF_UP);
    }

    private static boolean isWholeNonNegative(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }

    private static IndicatorRow suppressed(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            SuppressionReason reason) {
        return IndicatorRow.suppressed(definition.code(), breakdownKey, groupKey, label, reason);
    }

    private static IndicatorRow row(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            Optional<BigDecimal> value,
            Optional<Long> n,
            Optional<Long> numerator,
            Optional<Long> denominator,
            Optional<Interval> interval,
            Optional<String> extra) {
        return new IndicatorRow(
                definition.code(),
                breakdownKey,
                groupKey,
                label,
                value,
                n,
                numerator,
                denominator,
                interval,
                extra,
                Optional.empty());
    }
}
