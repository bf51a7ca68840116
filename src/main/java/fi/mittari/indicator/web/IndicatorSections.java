package fi.mittari.indicator.web;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.indicator.web.IndicatorPages.BreakdownTable;
import fi.mittari.indicator.web.IndicatorPages.GroupRow;
import fi.mittari.indicator.web.IndicatorPages.IndicatorSection;
import fi.mittari.questionnaire.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a scope's stored values into the page's sections: one per indicator, its total first, then a table per
 * breakdown. A suppressed figure is shown as its reason, never as a number, and gets no bar.
 */
final class IndicatorSections {

    private final Function<String, Optional<IndicatorDefinition>> definitions;
    private final Function<String, Optional<String>> targets;
    private final SuppressionRule rule;

    /**
     * @param targets the project's target for an indicator code, as text, when it has one
     */
    IndicatorSections(
            Function<String, Optional<IndicatorDefinition>> definitions,
            Function<String, Optional<String>> targets,
            SuppressionRule rule) {
        this.definitions = definitions;
        this.targets = targets;
        this.rule = rule;
    }

    List<IndicatorSection> of(List<StoredIndicatorValue> values) {
        Map<String, List<StoredIndicatorValue>> byIndicator = new LinkedHashMap<>();
        values.forEach(v -> byIndicator
                .computeIfAbsent(v.indicatorCode(), code -> new ArrayList<>())
                .add(v));
        return byIndicator.entrySet().stream()
                .map(e -> section(e.getKey(), e.getValue()))
                .toList();
    }

    private IndicatorSection section(String code, List<StoredIndicatorValue> values) {
        Optional<IndicatorDefinition> definition = definitions.apply(code);
        int decimals = definition.map(IndicatorDefinition::decimals).orElse(2);
        Optional<StoredIndicatorValue> total =
                values.stream().filter(v -> v.breakdownKey().isEmpty()).findFirst();
        Map<String, List<StoredIndicatorValue>> byBreakdown = new LinkedHashMap<>();
        values.stream().filter(v -> !v.breakdownKey().isEmpty()).forEach(v -> byBreakdown
                .computeIfAbsent(v.breakdownKey(), key -> new ArrayList<>())
                .add(v));
        String name = definition
                .map(d -> d.name().in(Language.EN, Language.FI))
                .filter(n -> !n.isBlank())
                .orElse(code);
        List<BreakdownTable> tables = byBreakdown.entrySet().stream()
                .map(e -> table(code, name, e.getKey(), e.getValue(), decimals))
                .toList();
        return new IndicatorSection(
                code,
                name,
                total.map(t -> figure(t, decimals)).orElse("not computed"),
                definition.map(d -> d.unit().in(Language.EN, Language.FI)).orElse(""),
                total.map(StoredIndicatorValue::suppressed).orElse(false),
                total.flatMap(StoredIndicatorValue::n).map(String::valueOf).orElse("–"),
                total.flatMap(StoredIndicatorValue::numerator)
                        .map(String::valueOf)
                        .orElse("–"),
                total.flatMap(StoredIndicatorValue::denominator)
                        .map(String::valueOf)
                        .orElse("–"),
                total.map(t -> interval(t, decimals)).orElse("–"),
                definition.map(d -> d.basis().name().toLowerCase(Locale.ROOT)).orElse("–"),
                targets.apply(code).orElse("–"),
                tables);
    }

    private BreakdownTable table(
            String code, String name, String breakdown, List<StoredIndicatorValue> groups, int decimals) {
        BigDecimal largest = groups.stream()
                .filter(g -> !g.suppressed())
                .map(g -> g.value().map(BigDecimal::abs).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<GroupRow> rows = groups.stream()
                .map(g -> new GroupRow(
                        g.groupLabel().orElse(g.groupKey().equals("?") ? "Unknown" : g.groupKey()),
                        figure(g, decimals),
                        g.n().map(String::valueOf).orElse("–"),
                        g.suppressed(),
                        g.suppressed() ? 0 : barPercent(g.value(), largest)))
                .toList();
        return new BreakdownTable(
                (code + "-" + breakdown).replaceAll("[^A-Za-z0-9_-]", "-"), name + " by " + breakdown, rows);
    }

    /** The value with the definition's decimals, or why it is not shown. */
    String figure(StoredIndicatorValue value, int decimals) {
        if (value.suppressed()) {
            return suppressed(value.suppressionReason().orElse(""));
        }
        return value.value()
                .map(v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString())
                .orElse("no data");
    }

    String suppressed(String reason) {
        return switch (reason) {
            case "SMALL_COUNT" -> "suppressed (fewer than " + rule.minCount() + " persons)";
            case "SMALL_BASE" -> "suppressed (fewer than " + rule.minPersonsForStatistic() + " persons)";
            case "COMPLEMENTARY" -> "suppressed (would reveal a group of fewer than " + rule.minCount() + " persons)";
            default -> "suppressed";
        };
    }

    private static String interval(StoredIndicatorValue value, int decimals) {
        if (value.suppressed()
                || value.intervalLow().isEmpty()
                || value.intervalHigh().isEmpty()) {
            return "–";
        }
        return value.intervalLow()
                        .get()
                        .setScale(decimals, RoundingMode.HALF_UP)
                        .toPlainString() + " to "
                + value.intervalHigh()
                        .get()
                        .setScale(decimals, RoundingMode.HALF_UP)
                        .toPlainString();
    }

    /** The bar's length relative to the largest shown value of the breakdown, whole percent; 0 when all are 0. */
    static int barPercent(Optional<BigDecimal> value, BigDecimal largest) {
        if (value.isEmpty() || largest.signum() == 0) {
            return 0;
        }
        return value.get()
                .abs()
                .multiply(BigDecimal.valueOf(100))
                .divide(largest, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
