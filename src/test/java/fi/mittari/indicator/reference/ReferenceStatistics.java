package fi.mittari.indicator.reference;

import fi.mittari.indicator.reference.Expected.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The arithmetic of docs/indicators.md written out: rounding half up, the median, the Wilson and Student t
 * intervals from their formulas (only the quantiles come from Commons Statistics), and small-count suppression of a
 * row with its total ("Small groups are never revealed", rules 2 and 3).
 */
final class ReferenceStatistics {

    static final int MIN_COUNT = 5;
    static final int MIN_PERSONS = 10;
    private static final double Z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

    private ReferenceStatistics() {}

    static BigDecimal quotient(BigDecimal top, BigDecimal bottom, int decimals) {
        return top.divide(bottom, decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal rounded(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int size = sorted.size();
        return size % 2 == 1
                ? sorted.get(size / 2)
                : sorted.get(size / 2 - 1).add(sorted.get(size / 2)).divide(BigDecimal.valueOf(2));
    }

    /** 95 % Wilson score interval of x successes in n. */
    static Optional<Range> wilson(long x, long n) {
        if (n == 0) {
            return Optional.empty();
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Optional.of(new Range(centre - half, centre + half));
    }

    /** Any value: a measure with no declared bounds (a change). */
    static final Range UNBOUNDED = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** A number of persons: at least 0. */
    static final Range NOT_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);

    /** 95 % Student t interval of the mean, each end kept within {@code bounds}, the values the measure can take. */
    static Optional<Range> t(List<BigDecimal> values, Range bounds) {
        int n = values.size();
        if (n < 2) {
            return Optional.empty();
        }
        double[] xs = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double mean = Arrays.stream(xs).sum() / n;
        double squares = Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum();
        double half = TDistribution.of(n - 1.0).inverseSurvivalProbability(0.025)
                * Math.sqrt(squares / (n - 1))
                / Math.sqrt(n);
        return Optional.of(new Range(clip(mean - half, bounds), clip(mean + half, bounds)));
    }

    private static double clip(double value, Range bounds) {
        return Math.min(bounds.high(), Math.max(bounds.low(), value));
    }

    static boolean small(long count) {
        return count >= 1 && count < MIN_COUNT;
    }

    /**
     * A minimum, median or maximum above 0 and under the minimum count: one event's count of persons, or a median of
     * two middle events that pins them (0.5 is an event of 0 and one of 1 person; 4.5 is 4 and 5).
     */
    static boolean smallValue(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(MIN_COUNT)) < 0;
    }

    /**
     * Rules 2 and 3 for a row of counts of persons and its total: which groups are hidden. A row whose total is small
     * is hidden whole. When the hidden counts could be given back by the total and the shown ones (one hidden, or
     * several forced to one value each: all 1, or all 4), the smallest non-zero shown count is hidden too, ties to the
     * first in the row's order. Once: funders see every hidden cell alike, so a complementary one (5 or more) leaves
     * the hidden ones unknown. Judged on the hidden counts themselves, so a row whose groups overlap or leave some
     * out, where the total less the shown groups only bounds them, is protected as if they added up.
     */
    static boolean[] hiddenInRow(long total, List<Long> counts) {
        boolean[] hidden = new boolean[counts.size()];
        if (small(total)) {
            Arrays.fill(hidden, true);
            return hidden;
        }
        long cells = 0;
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = small(counts.get(i));
            cells += hidden[i] ? 1 : 0;
            sum += hidden[i] ? counts.get(i) : 0;
        }
        boolean givenBack = cells == 1 || (cells > 1 && (sum == cells || sum == cells * (MIN_COUNT - 1)));
        if (givenBack) {
            IntStream.range(0, counts.size())
                    .filter(i -> !hidden[i] && counts.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparing((Integer i) -> counts.get(i)).thenComparing(i -> i))
                    .ifPresent(i -> hidden[i] = true);
        }
        return hidden;
    }
}
