package fi.mittari.indicator.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A ratio of two counts as the unit states it, e.g. the employment rate: 17 employed of 64 coached is 0.27 to two
 * decimals.
 *
 * <p>When every person counted in the numerator is also in the denominator (employed ⊆ coached), the ratio is a
 * proportion and its 95 % interval is the Wilson score interval of {@link ProportionEstimate}. A ratio of unrelated
 * counts (participants per event, 1 290 / 30) is not a proportion and gets no interval: nothing here would justify one.
 */
public record RatioEstimate(long numerator, long denominator, boolean numeratorIsSubsetOfDenominator) {

    public RatioEstimate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException(
                    "Counts cannot be negative: numerator " + numerator + ", denominator " + denominator);
        }
        if (numeratorIsSubsetOfDenominator && numerator > denominator) {
            throw new IllegalArgumentException("The numerator (" + numerator
                    + ") is said to be a subset of the denominator (" + denominator + ") but is larger");
        }
    }

    /** A ratio whose numerator counts some of the denominator's persons, such as employed of coached. */
    public static RatioEstimate ofSubset(long numerator, long denominator) {
        return new RatioEstimate(numerator, denominator, true);
    }

    /** A ratio of two independent counts, such as participants per event. */
    public static RatioEstimate of(long numerator, long denominator) {
        return new RatioEstimate(numerator, denominator, false);
    }

    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** The ratio rounded half up to the unit's decimals, computed exactly from the counts. */
    public Optional<BigDecimal> rounded(int decimals) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP));
    }

    public Optional<Interval> interval() {
        return numeratorIsSubsetOfDenominator
                ? ProportionEstimate.of(numerator, denominator).interval()
                : Optional.empty();
    }
}
