package fi.mittari.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One computed figure as a numerator and a denominator, so that the share can be recomputed, checked and combined
 * exactly. {@code questionKey} and {@code choiceValue} are empty for campaign-level figures.
 */
public record IndicatorValue(
        IndicatorKind kind, String questionKey, String choiceValue, long numerator, long denominator) {

    public static IndicatorValue responses(long count) {
        return new IndicatorValue(IndicatorKind.RESPONSES, "", "", count, count);
    }

    /** numerator / denominator to four decimals (a share of 0.5294 is 52.94 %); zero when nobody answered. */
    public BigDecimal share() {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
