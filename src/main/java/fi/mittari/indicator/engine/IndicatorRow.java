package fi.mittari.indicator.engine;

import fi.mittari.indicator.statistics.Interval;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One computed figure of an indicator: the total ({@code breakdownKey} and {@code groupKey} empty) or one group of a
 * breakdown. A suppressed row carries its reason and no figures at all, so nothing stored can give the hidden value
 * back.
 */
public record IndicatorRow(
        String indicatorCode,
        String breakdownKey,
        String groupKey,
        Optional<String> groupLabel,
        Optional<BigDecimal> value,
        Optional<Long> n,
        Optional<Long> numerator,
        Optional<Long> denominator,
        Optional<Interval> interval,
        Optional<String> extra,
        Optional<SuppressionReason> suppression) {

    public static IndicatorRow suppressed(
            String indicatorCode,
            String breakdownKey,
            String groupKey,
            Optional<String> groupLabel,
            SuppressionReason reason) {
        return new IndicatorRow(
                indicatorCode,
                breakdownKey,
                groupKey,
                groupLabel,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(reason));
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    public boolean isTotal() {
        return breakdownKey.isEmpty();
    }
}
