package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as a cell shows it: the value, how many decimals, and whether it is a count, a decimal or a share (0–1,
 * shown as a percentage). Suppressed figures are {@link Optional#empty()} with a note, never zero.
 */
public record Figure(Optional<BigDecimal> value, Format format, int decimals) {

    public enum Format {
        COUNT,
        DECIMAL,
        SHARE,
        /** A change from one time to another (paired change): shown with its sign, +0,6 and −0,6. */
        CHANGE
    }

    public static Figure count(long value) {
        return new Figure(Optional.of(BigDecimal.valueOf(value)), Format.COUNT, 0);
    }

    public static Figure share(BigDecimal value) {
        return new Figure(Optional.of(value), Format.SHARE, 1);
    }

    public static Figure none(Format format, int decimals) {
        return new Figure(Optional.empty(), format, decimals);
    }
}
