package fi.mittari.report.content;

import fi.mittari.indicator.definition.DataBasis;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator's total for one project: value with n, numerator and denominator, 95 % interval, baseline, target,
 * progress against the target ((value − baseline) ÷ (target − baseline), as a share) and what the figure rests on.
 */
public record SummaryRow(
        String projectCode,
        String indicatorCode,
        String name,
        String unit,
        Figure value,
        Optional<Long> n,
        Optional<Long> numerator,
        Optional<Long> denominator,
        Optional<BigDecimal> intervalLow,
        Optional<BigDecimal> intervalHigh,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        Optional<BigDecimal> progress,
        DataBasis basis,
        String basisLabel,
        Suppression suppression) {}
