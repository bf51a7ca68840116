package fi.mittari.indicator.statistics;

/** A confidence interval: lower and upper bound, and the confidence level they were computed for (0.95 here). */
public record Interval(double lower, double upper, double level) {

    public static final double LEVEL_95 = 0.95;

    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "An interval needs finite bounds, lower <= upper: " + lower + ", " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("A confidence level is strictly between 0 and 1: " + level);
        }
    }

    public static Interval of95(double lower, double upper) {
        return new Interval(lower, upper, LEVEL_95);
    }

    /**
     * The 95 % Student t interval of a mean from its moments (as a database computes them: n, mean, sample variance),
     * or empty when there are fewer than two values and so no spread to build one from.
     */
    public static java.util.Optional<Interval> ofMean95(double mean, double sampleVariance, long n) {
        if (n < 2 || !Double.isFinite(sampleVariance)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                of95(org.apache.commons.statistics.interval.NormalConfidenceInterval.MEAN.fromErrorRate(
                        mean, sampleVariance, n, errorRate95())));
    }

    static Interval of95(org.apache.commons.statistics.interval.Interval computed) {
        return of95(computed.getLowerBound(), computed.getUpperBound());
    }

    /** The error rate the library asks for: 0.05 for a 95 % interval. */
    static double errorRate95() {
        return 1 - LEVEL_95;
    }

    /**
     * This interval for a measure that cannot leave {@code bounds} (attendance at least 0, an answer within its
     * question's min and max): each end moved to the nearest bound it passes. The mean lies within the bounds, so the
     * clipped interval still contains it.
     */
    public Interval within(Bounds bounds) {
        return new Interval(bounds.clip(lower), bounds.clip(upper), level);
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
