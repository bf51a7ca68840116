package fi.mittari.indicator.statistics;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/**
 * A share of persons (e.g. 19 of 36 respondents found new partners) with its 95 % Wilson score interval. The counts are
 * the record; share and interval are derived, and absent (not zero) when nobody is in the denominator.
 *
 * <p>Wilson rather than the textbook normal ("Wald") interval: it stays within 0–1, is not a zero-width interval at
 * 0/n or n/n, and keeps close to its nominal coverage for the small groups these projects have.
 */
public record ProportionEstimate(long numerator, long denominator) {

    public ProportionEstimate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException(
                    "Counts cannot be negative: numerator " + numerator + ", denominator " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException(
                    "A share's numerator (" + numerator + ") cannot exceed its denominator (" + denominator + ")");
        }
    }

    public static ProportionEstimate of(long numerator, long denominator) {
        return new ProportionEstimate(numerator, denominator);
    }

    /** The number of persons the share is over. */
    public long n() {
        return denominator;
    }

    public OptionalDouble share() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    public Optional<Interval> interval() {
        if (denominator == 0) {
            return Optional.empty();
        }
        var wilson = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(
                Math.toIntExact(denominator), Math.toIntExact(numerator), Interval.errorRate95());
        // At 0/n and n/n the Wilson bound is exactly 0 or 1 in theory; floating point can leave it a hair off, and a
        // funder should read 0 and 1, not -0.0000 or 1.0000000002.
        double lower = numerator == 0 ? 0 : wilson.getLowerBound();
        double upper = numerator == denominator ? 1 : wilson.getUpperBound();
        return Optional.of(Interval.of95(lower, upper));
    }
}
