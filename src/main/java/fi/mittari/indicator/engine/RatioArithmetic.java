package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.RatioEstimate;
import fi.mittari.indicator.statistics.Suppression;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Ratios of two stored indicators (employed of coached, participants per event): computed from the operands' rows of
 * the same group, so their suppression carries over, and a share where persons are taken of persons.
 */
final class RatioArithmetic {

    private final Suppression suppression;

    RatioArithmetic(Suppression suppression) {
        this.suppression = suppression;
    }

    /**
     * Numerator indicator over denominator indicator, for the same group; hidden when either operand is hidden, and
     * when an operand that counts persons is small. Of persons within persons (employed of coached) it is a share.
     */
    IndicatorRow ratio(
            IndicatorDefinition definition,
            IndicatorRow numerator,
            Measure numeratorMeasure,
            IndicatorRow denominator,
            Measure denominatorMeasure) {
        boolean personsOfPersons = numeratorMeasure.countsPersons() && denominatorMeasure.countsPersons();
        var hidden = numerator.suppression().or(denominator::suppression);
        if (hidden.isPresent()) {
            return IndicatorArithmetic.suppressed(
                    definition, numerator.breakdownKey(), numerator.groupKey(), numerator.groupLabel(), hidden.get());
        }
        BigDecimal top = numerator.value().orElse(null);
        BigDecimal bottom = denominator.value().orElse(null);
        // 0 of 0 persons is a share over no one, hidden below as any share under 10 persons is (docs/indicators.md,
        // "Small groups are never revealed", rule 2); any other ratio over nothing has no value and no counts
        boolean shareOverNoOne =
                personsOfPersons && top != null && top.signum() == 0 && bottom != null && bottom.signum() == 0;
        if (top == null || bottom == null || bottom.signum() == 0 && !shareOverNoOne) {
            return IndicatorArithmetic.row(
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
        if (!IndicatorArithmetic.isWholeNonNegative(top) || !IndicatorArithmetic.isWholeNonNegative(bottom)) {
            // a ratio of averages: no counts to give an interval or to check for small groups
            BigDecimal value = top.divide(bottom, definition.decimals(), RoundingMode.HALF_UP);
            return IndicatorArithmetic.row(
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
        Cell<RatioEstimate> cell =
                suppression.ratio(estimate, numeratorMeasure.countsPersons(), denominatorMeasure.countsPersons());
        if (cell.isSuppressed()) {
            return IndicatorArithmetic.suppressed(
                    definition,
                    numerator.breakdownKey(),
                    numerator.groupKey(),
                    numerator.groupLabel(),
                    cell.suppressionReason().orElseThrow());
        }
        return IndicatorArithmetic.row(
                definition,
                numerator.breakdownKey(),
                numerator.groupKey(),
                numerator.groupLabel(),
                estimate.rounded(definition.decimals()),
                Optional.of(b),
                Optional.of(a),
                Optional.of(b),
                IndicatorArithmetic.sampled(definition, estimate.interval()),
                Optional.empty());
    }
}
