package fi.mittari.indicator.statistics;

import java.util.Collection;
import org.apache.commons.statistics.descriptive.Median;

/**
 * The median every figure uses, in one place: the middle value, or the mean of the two middle values of an even
 * number (docs/indicators.md; a median of 4.5 is two events of 4 and 5), as Commons Statistics computes it.
 */
public final class Medians {

    private Medians() {}

    /** The median of {@code values}, which must not be empty. */
    public static double of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A median needs at least one value");
        }
        return Median.withDefaults().evaluate(values);
    }

    /** The median of {@code values}, which must not be empty. */
    public static double of(Collection<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }
}
