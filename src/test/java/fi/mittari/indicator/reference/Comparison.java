package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.IndicatorDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every published row of a scope against the reference's: the same rows, hidden alike, and each shown figure equal
 * (values exactly after rounding; intervals as the API gives them, to 4 decimals).
 */
final class Comparison {

    static final List<String> DETAIL_COUNTS =
            List.of("pairs", "improved", "same", "worse", "personsLost", "newAtFollowUp");
    private static final BigDecimal INTERVAL_TOLERANCE = new BigDecimal("0.0001");

    private final String scope;
    private final List<Mismatch> mismatches = new ArrayList<>();

    Comparison(String scope) {
        this.scope = scope;
    }

    List<Mismatch> compare(
            List<IndicatorDefinition> definitions, Map<String, List<Expected>> expected, List<Published> published) {
        Map<String, Published> actual = new LinkedHashMap<>();
        published.forEach(row -> actual.put(row.key(), row));
        for (IndicatorDefinition definition : definitions) {
            for (Expected row : expected.get(definition.code())) {
                Published found = actual.remove(definition.code() + "|" + row.breakdown() + "|" + row.group());
                if (found == null) {
                    add(definition, row.breakdown(), row.group(), "row", "published", "missing");
                } else {
                    compare(definition, row, found);
                }
            }
        }
        actual.values().forEach(extra -> definitions.stream()
                .filter(d -> d.code().equals(extra.indicator()))
                .findFirst()
                .ifPresent(d -> add(d, extra.breakdown(), extra.group(), "row", "none", "published")));
        return mismatches;
    }

    private void compare(IndicatorDefinition definition, Expected row, Published found) {
        if (row.hidden() != found.hidden()) {
            add(
                    definition,
                    row,
                    "hidden",
                    row.hidden() ? "hidden" : shown(row),
                    found.hidden() ? "hidden" : shown(found));
            return;
        }
        if (row.hidden()) {
            for (String field : List.of("value", "n", "numerator", "denominator", "interval", "details")) {
                if (found.json().get(field) != null) {
                    add(
                            definition,
                            row,
                            "hidden " + field,
                            "none",
                            String.valueOf(found.json().get(field)));
                }
            }
            return;
        }
        String expectedValue = row.value().map(BigDecimal::toPlainString).orElse("–");
        String actualValue =
                found.number("value").map(BigDecimal::toPlainString).orElse("–");
        boolean sameValue = row.value().isPresent() && found.number("value").isPresent()
                ? row.value().get().compareTo(found.number("value").get()) == 0
                : expectedValue.equals(actualValue);
        if (!sameValue) {
            add(definition, row, "value", expectedValue, actualValue);
        }
        count(definition, row, "n", row.n(), found);
        count(definition, row, "numerator", row.numerator(), found);
        count(definition, row, "denominator", row.denominator(), found);
        interval(definition, row, found);
        if (definition.measure() instanceof fi.mittari.indicator.definition.Measure.PairedChange) {
            Map<String, Object> details = found.map("details").orElse(Map.of());
            for (String key : DETAIL_COUNTS) {
                String expected = Optional.ofNullable(row.details().get(key))
                        .map(String::valueOf)
                        .orElse("none");
                String actual = Optional.ofNullable(details.get(key))
                        .map(String::valueOf)
                        .orElse("none");
                if (!expected.equals(actual)) {
                    add(definition, row, "details." + key, expected, actual);
                }
            }
        }
    }

    /** A shown row's figures, so a disagreement on hiding tells what it is about. */
    private static String shown(Expected row) {
        return "shown " + row.value().map(BigDecimal::toPlainString).orElse("–")
                + counts(row.numerator(), row.denominator(), row.n());
    }

    private static String shown(Published row) {
        return "shown " + row.number("value").map(BigDecimal::toPlainString).orElse("–")
                + counts(
                        optional(row.count("numerator")), optional(row.count("denominator")), optional(row.count("n")));
    }

    private static String counts(OptionalLong numerator, OptionalLong denominator, OptionalLong n) {
        return numerator.isPresent() && denominator.isPresent()
                ? " (" + numerator.getAsLong() + "/" + denominator.getAsLong() + ")"
                : n.isPresent() ? " (n " + n.getAsLong() + ")" : "";
    }

    private static OptionalLong optional(Optional<Long> value) {
        return value.map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    private void count(
            IndicatorDefinition definition, Expected row, String field, OptionalLong expected, Published found) {
        String want = expected.isPresent() ? Long.toString(expected.getAsLong()) : "none";
        String got = found.count(field).map(String::valueOf).orElse("none");
        if (!want.equals(got)) {
            add(definition, row, field, want, got);
        }
    }

    private void interval(IndicatorDefinition definition, Expected row, Published found) {
        Optional<Map<String, Object>> actual = found.map("interval");
        String want = row.interval()
                .map(r -> "[" + four(r.low()) + ", " + four(r.high()) + "]")
                .orElse("none");
        String got =
                actual.map(i -> "[" + i.get("low") + ", " + i.get("high") + "]").orElse("none");
        boolean same = row.interval().isPresent() && actual.isPresent()
                ? close(four(row.interval().get().low()), actual.get().get("low"))
                        && close(four(row.interval().get().high()), actual.get().get("high"))
                : row.interval().isEmpty() && actual.isEmpty();
        if (!same) {
            add(definition, row, "interval", want, got);
        }
    }

    /** Equal to the API's 4 decimals, allowing the last digit where the exact value sits on a rounding edge. */
    private static boolean close(BigDecimal expected, Object actual) {
        return expected.subtract(new BigDecimal(actual.toString())).abs().compareTo(INTERVAL_TOLERANCE) <= 0;
    }

    private static BigDecimal four(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private void add(IndicatorDefinition definition, Expected row, String field, String expected, String actual) {
        add(definition, row.breakdown(), row.group(), field, expected, actual);
    }

    private void add(
            IndicatorDefinition definition,
            String breakdown,
            String group,
            String field,
            String expected,
            String actual) {
        mismatches.add(new Mismatch(scope, definition, breakdown, group, field, expected, actual));
    }
}
