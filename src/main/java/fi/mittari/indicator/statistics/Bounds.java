package fi.mittari.indicator.statistics;

import java.util.OptionalDouble;

/**
 * The values a measure can take: an attendance is never below 0, an answer to a question with {@code min: 0,
 * max: 10} never outside 0–10. Either end may be open. An interval is clipped to them ({@link Interval#within}): a t
 * interval is symmetric around the mean and would otherwise promise values nobody can have (docs/indicators.md,
 * "Intervals").
 */
public record Bounds(OptionalDouble lower, OptionalDouble upper) {

    /** Nothing declared: both ends open. */
    public static final Bounds NONE = new Bounds(OptionalDouble.empty(), OptionalDouble.empty());

    public Bounds {
        if (lower.isPresent() && upper.isPresent() && lower.getAsDouble() > upper.getAsDouble()) {
            throw new IllegalArgumentException(
                    "Bounds need lower <= upper: " + lower.getAsDouble() + ", " + upper.getAsDouble());
        }
    }

    /** At least {@code lower}, no upper end (a number of persons: at least 0). */
    public static Bounds atLeast(double lower) {
        return new Bounds(OptionalDouble.of(lower), OptionalDouble.empty());
    }

    public static Bounds between(double lower, double upper) {
        return new Bounds(OptionalDouble.of(lower), OptionalDouble.of(upper));
    }

    /**
     * What both declarations allow, for a concept asked in several questionnaires or versions: the lower of the two
     * lower ends and the higher of the upper ends; an end open in either stays open.
     */
    public Bounds widest(Bounds other) {
        return new Bounds(
                lower.isPresent() && other.lower.isPresent()
                        ? OptionalDouble.of(Math.min(lower.getAsDouble(), other.lower.getAsDouble()))
                        : OptionalDouble.empty(),
                upper.isPresent() && other.upper.isPresent()
                        ? OptionalDouble.of(Math.max(upper.getAsDouble(), other.upper.getAsDouble()))
                        : OptionalDouble.empty());
    }

    /** {@code value} moved to the nearest end when it lies beyond it. */
    double clip(double value) {
        double atLeast = lower.isPresent() ? Math.max(lower.getAsDouble(), value) : value;
        return upper.isPresent() ? Math.min(upper.getAsDouble(), atLeast) : atLeast;
    }
}
