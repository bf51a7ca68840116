package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Bounds;
import fi.mittari.indicator.statistics.Interval;
import fi.mittari.indicator.statistics.Medians;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the database measured into the figures stored for funders: values rounded to the definition's decimals,
 * intervals (only for a sample), and suppression, applied once to every figure derived from the same persons
 * (docs/indicators.md, "Small groups are never revealed"). Counts of persons ({@link Measure#countsPersons}) are
 * protected as a row of groups with its total; a statistic of attendance per event takes the hidden cells of the same
 * groups' attendance; shares protect their numerators and denominators as rows; statistics of answers are hidden over
 * a small base. Events and organisations are not persons and are always shown. Ratios are {@link RatioArithmetic}'s,
 * paired change {@link ChangeArithmetic}'s.
 */
public final class IndicatorArithmetic {

    private final GroupProtection protection;
    private final RatioArithmetic ratios;

    public IndicatorArithmetic(Suppression suppression) {
        this.protection = new GroupProtection(suppression);
        this.ratios = new RatioArithmetic(suppression);
    }

    /**
     * The total row ({@code groups} empty) or the rows of one breakdown, whose groups are checked against the total.
     * {@code answerBounds}: the values the answers of a statistic of answers are declared within (the question's min
     * and max), which a mean's interval never leaves; {@link Bounds#NONE} for any other measure.
     */
    public List<IndicatorRow> rows(
            IndicatorDefinition definition,
            String breakdownKey,
            MeasuredGroup total,
            List<MeasuredGroup> groups,
            Bounds answerBounds) {
        List<MeasuredGroup> measured = breakdownKey.isEmpty() ? List.of(total) : groups;
        List<Optional<SuppressionReason>> hidden =
                protection.hidden(definition.measure(), breakdownKey.isEmpty(), total, measured);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            MeasuredGroup group = measured.get(i);
            rows.add(hidden.get(i)
                    .map(reason -> suppressed(definition, breakdownKey, group.key(), group.label(), reason))
                    .orElseGet(() -> figure(definition, breakdownKey, group, answerBounds)));
        }
        return rows;
    }

    /**
     * Numerator indicator over denominator indicator, for the same group ({@link RatioArithmetic}): hidden when either
     * operand is hidden, and when an operand that counts persons is small.
     */
    public IndicatorRow ratio(
            IndicatorDefinition definition,
            IndicatorRow numerator,
            Measure numeratorMeasure,
            IndicatorRow denominator,
            Measure denominatorMeasure) {
        return ratios.ratio(definition, numerator, numeratorMeasure, denominator, denominatorMeasure);
    }

    /** A group that may be shown: its value rounded, and an interval where the definition's basis is a sample. */
    private IndicatorRow figure(
            IndicatorDefinition definition, String breakdownKey, MeasuredGroup group, Bounds answerBounds) {
        Measure measure = definition.measure();
        if (measure instanceof Measure.Proportion) {
            return share(definition, breakdownKey, group);
        }
        Optional<BigDecimal> value = group.value();
        Optional<Interval> interval = Optional.empty();
        Optional<Long> numerator = Optional.empty();
        Optional<Long> denominator = Optional.empty();
        if (measure instanceof Measure.Summary mean
                && mean.statistic() == Measure.Statistic.MEAN
                && mean.quantity().isPersons()
                && group.n() > 0) {
            // a mean per event is participants ÷ events with attendance recorded, both shown beside it and the mean
            // exactly their quotient (docs/indicators.md, "What is counted")
            numerator = Optional.of(group.unitTotal());
            denominator = Optional.of(group.n());
            value = Optional.of(BigDecimal.valueOf(group.unitTotal())
                    .divide(BigDecimal.valueOf(group.n()), definition.decimals(), RoundingMode.HALF_UP));
        }
        if (measure.countsPersons()) {
            value = Optional.of(value.orElse(BigDecimal.valueOf(group.n())));
        } else if (measure instanceof Measure.Summary summary) {
            value = numerator.isPresent() ? value : statistic(summary, group);
            if (summary.statistic() == Measure.Statistic.MEAN && value.isPresent()) {
                // the interval is about the unrounded mean
                double unrounded = numerator.isPresent()
                        ? (double) group.unitTotal() / group.n()
                        : value.get().doubleValue();
                // a mean of persons per event is never below 0, a mean of answers never outside the question's
                // declared min and max: neither is its interval (docs/indicators.md, "Intervals")
                Bounds bounds = summary.quantity().isPersons() ? Bounds.atLeast(0) : answerBounds;
                interval = sampled(
                                definition,
                                Interval.ofMean95(unrounded, group.variance().orElse(Double.NaN), group.n()))
                        .map(i -> i.within(bounds));
            }
        }
        return row(
                definition,
                breakdownKey,
                group.key(),
                group.label(),
                value.map(v -> v.setScale(definition.decimals(), RoundingMode.HALF_UP)),
                Optional.of(group.n()),
                numerator,
                denominator,
                interval,
                Optional.empty());
    }

    /** The value of a statistic per unit: a median from the units' values, any other as the database gave it. */
    static Optional<BigDecimal> statistic(Measure.Summary summary, MeasuredGroup group) {
        if (summary.statistic() != Measure.Statistic.MEDIAN) {
            return group.value();
        }
        return group.unitValues().isEmpty()
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(Medians.of(group.unitValues())));
    }

    /** An interval describes sampling error: only a figure of a sample has one (docs/indicators.md, "Intervals"). */
    static Optional<Interval> sampled(IndicatorDefinition definition, Optional<Interval> interval) {
        return definition.basis() == DataBasis.SAMPLE ? interval : Optional.empty();
    }

    private IndicatorRow share(IndicatorDefinition definition, String breakdownKey, MeasuredGroup group) {
        var estimate = ProportionEstimate.of(group.numerator(), group.denominator());
        return row(
                definition,
                breakdownKey,
                group.key(),
                group.label(),
                estimate.denominator() == 0
                        ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(estimate.numerator())
                                .divide(
                                        BigDecimal.valueOf(estimate.denominator()),
                                        definition.decimals(),
                                        RoundingMode.HALF_UP)),
                Optional.of(estimate.n()),
                Optional.of(estimate.numerator()),
                Optional.of(estimate.denominator()),
                sampled(definition, estimate.interval()),
                Optional.empty());
    }

    static BigDecimal round(double value, IndicatorDefinition definition) {
        return BigDecimal.valueOf(value).setScale(definition.decimals(), RoundingMode.HALF_UP);
    }

    static boolean isWholeNonNegative(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }

    static IndicatorRow suppressed(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            SuppressionReason reason) {
        return IndicatorRow.suppressed(definition.code(), breakdownKey, groupKey, label, reason);
    }

    static IndicatorRow row(
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
