package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which groups of one definition's total or breakdown are hidden, by the persons each figure rests on
 * (docs/indicators.md, "Small groups are never revealed"): a count of persons is its own cell, in a row with the
 * total; a statistic of persons per unit (attendance per event) takes the cell of the group's sum over its units,
 * which mean × units would give back, and a minimum, median or maximum is hidden when small; a share takes the cells
 * of its numerator and denominator; a sum or statistic of answers is hidden over a small base.
 */
final class GroupProtection {

    private final Suppression suppression;

    GroupProtection(Suppression suppression) {
        this.suppression = suppression;
    }

    /** One entry per group, in their order: the reason it is hidden, or empty where it may be shown. */
    List<Optional<SuppressionReason>> hidden(
            Measure measure, boolean isTotal, MeasuredGroup total, List<MeasuredGroup> groups) {
        if (measure.countsPersons()) {
            return reasons(persons(
                    isTotal, total.n(), groups.stream().map(MeasuredGroup::n).toList()));
        }
        if (measure instanceof Measure.Proportion) {
            ProportionEstimate all = estimate(total);
            return reasons(
                    isTotal
                            ? List.of(suppression.share(all))
                            : suppression.groupShares(
                                    groups.stream()
                                            .map(GroupProtection::estimate)
                                            .toList(),
                                    all));
        }
        if (measure instanceof Measure.Summary summary && summary.quantity().isPersons()) {
            return perUnit(summary, isTotal, total, groups);
        }
        boolean ofAnswers = measure instanceof Measure.Summary || measure instanceof Measure.Sum;
        return groups.stream()
                .map(g -> ofAnswers && suppression.rule().isSmallBase(g.n())
                        ? Optional.of(SuppressionReason.SMALL_BASE)
                        : Optional.<SuppressionReason>empty())
                .toList();
    }

    private List<Optional<SuppressionReason>> perUnit(
            Measure.Summary summary, boolean isTotal, MeasuredGroup total, List<MeasuredGroup> groups) {
        List<Cell<Long>> sums = persons(
                isTotal,
                total.unitTotal(),
                groups.stream().map(MeasuredGroup::unitTotal).toList());
        List<Optional<SuppressionReason>> hidden = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Cell<Long> sum = sums.get(i);
            Optional<Double> value =
                    IndicatorArithmetic.statistic(summary, groups.get(i)).map(java.math.BigDecimal::doubleValue);
            Cell<?> cell = summary.statistic() == Measure.Statistic.MEAN || value.isEmpty()
                    ? suppression.derivedFrom(sum, value)
                    : suppression.personsPerUnit(sum, value.get());
            hidden.add(cell.suppressionReason());
        }
        return hidden;
    }

    /** The total alone, or the groups of a breakdown as a row with the total (rule 3). */
    private List<Cell<Long>> persons(boolean isTotal, long total, List<Long> groups) {
        return isTotal ? List.of(suppression.count(total)) : suppression.rowOf(groups, total);
    }

    private static List<Optional<SuppressionReason>> reasons(List<? extends Cell<?>> cells) {
        return cells.stream().map(Cell::suppressionReason).toList();
    }

    private static ProportionEstimate estimate(MeasuredGroup group) {
        return ProportionEstimate.of(group.numerator(), group.denominator());
    }
}
