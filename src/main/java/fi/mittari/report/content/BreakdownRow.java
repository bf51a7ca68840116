package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.Optional;

/** One group of an indicator's breakdown (e.g. participants, region, Lappi) for one project, after suppression. */
public record BreakdownRow(
        String projectCode,
        String indicatorCode,
        String indicatorName,
        String breakdownKey,
        String breakdownLabel,
        String groupKey,
        String groupLabel,
        Figure value,
        Optional<Long> n,
        Optional<BigDecimal> intervalLow,
        Optional<BigDecimal> intervalHigh,
        Suppression suppression) {}
