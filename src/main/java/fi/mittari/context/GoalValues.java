package fi.mittari.context;

import java.math.BigDecimal;

/**
 * The unit of a goal's baseline and target: always the indicator's own unit, the one its computed values have. A
 * share is therefore stored (and sent over the API) as a fraction from 0 to 1, 0.5 for 50 %, so that progress is the
 * value divided by the target and a workbook formats both alike. Pages where people type and read percentages convert
 * here, and nowhere else.
 */
public final class GoalValues {

    /** Decimals the database keeps (DECIMAL(19,4)); a share typed as a percentage may then have two. */
    public static final int MAX_DECIMALS = 4;

    private GoalValues() {}

    /** 50 (per cent) as the stored fraction 0.5. */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** The stored fraction 0.5 as 50 (per cent), without trailing zeros. */
    public static BigDecimal toPercent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
