package fi.mittari.indicator.statistics;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.interval.NormalConfidenceInterval;

/**
 * The mean of some values (participants per event, a scale answer) with n, sample standard deviation, median, minimum,
 * maximum and a 95 % Student t interval of the mean. With a single value there is no spread to speak of, so the
 * standard deviation and the interval are absent rather than zero.
 */
public record MeanEstimate(
        long n,
        double mean,
        OptionalDouble standardDeviation,
        double median,
        double min,
        double max,
        Optional<Interval> interval) {

    public MeanEstimate {
        if (n < 1) {
            throw new IllegalArgumentException("A mean needs at least one value, got n = " + n);
        }
    }

    /** The estimate of these values, or empty when there are none (no mean, which is not a mean of zero). */
    public static Optional<MeanEstimate> of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double[] numbers = toFiniteDoubles(values);
        var stats = DoubleStatistics.of(
                EnumSet.of(Statistic.MEAN, Statistic.VARIANCE, Statistic.MIN, Statistic.MAX), numbers);
        long n = stats.getCount();
        double mean = stats.getAsDouble(Statistic.MEAN);
        double variance = stats.getAsDouble(Statistic.VARIANCE);
        boolean hasSpread = n >= 2;
        return Optional.of(new MeanEstimate(
                n,
                mean,
                hasSpread ? OptionalDouble.of(Math.sqrt(variance)) : OptionalDouble.empty(),
                Medians.of(numbers),
                stats.getAsDouble(Statistic.MIN),
                stats.getAsDouble(Statistic.MAX),
                hasSpread
                        ? Optional.of(Interval.of95(
                                NormalConfidenceInterval.MEAN.fromErrorRate(mean, variance, n, Interval.errorRate95())))
                        : Optional.empty()));
    }

    private static double[] toFiniteDoubles(Collection<? extends Number> values) {
        double[] numbers = new double[values.size()];
        int i = 0;
        for (Number value : values) {
            if (value == null) {
                throw new IllegalArgumentException("A value to average is missing (null) at position " + i);
            }
            double number = value.doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("A value to average is not a finite number: " + value);
            }
            numbers[i++] = number;
        }
        return numbers;
    }
}
