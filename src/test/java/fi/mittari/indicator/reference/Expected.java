package fi.mittari.indicator.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the reference says one published row must be: hidden (no figures), or shown with these figures; an empty
 * {@code value} is a figure over nothing ("–"). {@code persons} is the count of persons the row rests on when it is a
 * count of persons (for the leak check), {@code details} a paired change's shown counts.
 */
record Expected(
        String breakdown,
        String group,
        boolean hidden,
        Optional<BigDecimal> value,
        OptionalLong n,
        OptionalLong numerator,
        OptionalLong denominator,
        Optional<Range> interval,
        Map<String, Long> details,
        OptionalLong persons) {

    /** A 95 % interval. */
    record Range(double low, double high) {}

    static Expected hidden(String breakdown, String group, OptionalLong persons) {
        return new Expected(
                breakdown,
                group,
                true,
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Map.of(),
                persons);
    }

    static Expected shown(String breakdown, String group, Optional<BigDecimal> value, long n) {
        return new Expected(
                breakdown,
                group,
                false,
                value,
                OptionalLong.of(n),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Map.of(),
                OptionalLong.empty());
    }

    Expected withCounts(long top, long bottom) {
        return new Expected(
                breakdown,
                group,
                hidden,
                value,
                n,
                OptionalLong.of(top),
                OptionalLong.of(bottom),
                interval,
                details,
                persons);
    }

    Expected withInterval(Optional<Range> range) {
        return new Expected(breakdown, group, hidden, value, n, numerator, denominator, range, details, persons);
    }

    Expected withDetails(Map<String, Long> shownDetails) {
        return new Expected(
                breakdown, group, hidden, value, n, numerator, denominator, interval, shownDetails, persons);
    }

    Expected withPersons(long count) {
        return new Expected(
                breakdown, group, hidden, value, n, numerator, denominator, interval, details, OptionalLong.of(count));
    }
}
