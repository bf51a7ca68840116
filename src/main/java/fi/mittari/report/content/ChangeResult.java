package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A paired baseline/follow-up result (one indicator with a paired_change measure, one project): pairs used, persons
 * lost (answered the baseline but not the follow-up), means, mean change with 95 % interval, and how many improved,
 * stayed the same or got worse. Figures are empty when suppressed.
 */
public record ChangeResult(
        String projectCode,
        String indicatorCode,
        String name,
        String unit,
        int decimals,
        String basisLabel,
        Optional<Long> pairs,
        Optional<Long> lost,
        Optional<BigDecimal> baselineMean,
        Optional<BigDecimal> followupMean,
        Optional<BigDecimal> change,
        Optional<BigDecimal> intervalLow,
        Optional<BigDecimal> intervalHigh,
        Optional<Long> improved,
        Optional<Long> same,
        Optional<Long> worse,
        Suppression suppression) {}
