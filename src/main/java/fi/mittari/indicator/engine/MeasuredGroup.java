package fi.mittari.indicator.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the database measured for one group of a breakdown (or for the total, key {@code ""}): how many units ({@code
 * n}), the aggregate value, the counts of a share, the sample variance of a mean, and for a median the units' values.
 */
public record MeasuredGroup(
        String key,
        Optional<String> label,
        long n,
        Optional<BigDecimal> value,
        long numerator,
        long denominator,
        OptionalDouble variance,
        List<Double> unitValues) {

    public MeasuredGroup {
        unitValues = List.copyOf(unitValues);
    }

    /** A count or a sum over {@code n} units. */
    public static MeasuredGroup of(String key, Optional<String> label, long n, BigDecimal value) {
        return new MeasuredGroup(key, label, n, Optional.of(value), 0, 0, OptionalDouble.empty(), List.of());
    }

    /**
     * For a statistic per unit of persons (attendance per event), the persons summed over the group's units: from
     * the units' values where they were read one by one (a median), else as the query summed them ({@code
     * numerator}). A mean times the units gives it back, so it is protected as a count.
     */
    public long unitTotal() {
        return unitValues.isEmpty()
                ? numerator
                : Math.round(
                        unitValues.stream().mapToDouble(Double::doubleValue).sum());
    }

    /** A group nobody was measured in: a total over an empty scope. */
    public static MeasuredGroup empty(String key) {
        return new MeasuredGroup(key, Optional.empty(), 0, Optional.empty(), 0, 0, OptionalDouble.empty(), List.of());
    }
}
