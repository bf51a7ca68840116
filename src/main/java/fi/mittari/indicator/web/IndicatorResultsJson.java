package fi.mittari.indicator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The published values of a scope, as GET /api/indicators/results returns them. */
@Serdeable
record IndicatorResultsJson(String project, LocalDate from, LocalDate to, List<Value> values) {

    /**
     * One total ({@code breakdown} and {@code group} empty) or group. A suppressed value has no figures, only its
     * reason; {@code details} holds a paired change's pairs, persons lost and directions of change.
     */
    @Serdeable
    record Value(
            String indicator,
            String breakdown,
            String group,
            @Nullable String label,
            @Nullable BigDecimal value,
            @Nullable Long n,
            @Nullable Long numerator,
            @Nullable Long denominator,
            @Nullable Interval interval,
            @Nullable Map<String, Object> details,
            boolean suppressed,
            @Nullable String suppressionReason,
            Instant computedAt,
            long jobExecution) {}

    @Serdeable
    record Interval(BigDecimal low, BigDecimal high, double level) {}
}
