package fi.mittari.indicator.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A published indicator value as readers get it: its scope, group, figures or suppression, and the run it came from. */
public record StoredIndicatorValue(
        String projectCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        String indicatorCode,
        String breakdownKey,
        String groupKey,
        Optional<String> groupLabel,
        Optional<BigDecimal> value,
        Optional<Long> n,
        Optional<Long> numerator,
        Optional<Long> denominator,
        Optional<BigDecimal> intervalLow,
        Optional<BigDecimal> intervalHigh,
        Optional<String> extra,
        boolean suppressed,
        Optional<String> suppressionReason,
        Instant computedAt,
        long jobExecutionId) {}
