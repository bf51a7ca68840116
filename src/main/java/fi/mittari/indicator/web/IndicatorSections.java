package fi.mittari.indicator.web;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.progress.MeasuringProgress;
import fi.mittari.indicator.web.IndicatorPages.BreakdownTable;
import fi.mittari.indicator.web.IndicatorPages.Figure;
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
 * Turns a scope's stored values into the page's sections in one language: one per indicator, its total first, then
 * its groups per breakdown by name. A suppressed figure carries its reason, never a number, and gets no bar.
 */
final class IndicatorSections {

    private final Function<String, Optional<IndicatorDefinition>> definitions;
    private final Function<String, Optional<BigDecimal>> targets;
    private final Names names;
    private final Language language;

    /** Names of breakdowns and groups in the page's language (a {@link GroupNames} in the application). */
    interface Names {
        String breakdown(String key, Language language);

        String group(String breakdownKey, String groupKey, Optional<String> stored, Language language);
    }

    /** @param targets the project's target for an indicator code, when it has one */
    IndicatorSections(
            Function<String, Optional<IndicatorDefinition>> definitions,
            Function<String, Optional<BigDecimal>> targets,
            Names names,
            Language language) {
        this.definitions = definitions;
        this.targets = targets;
        this.names = names;
        this.language = language;
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
        boolean share =
                definition.map(d -> MeasuringProgress.isShare(d.measure())).orElse(false);
        Optional<StoredIndicatorValue> total =
                values.stream().filter(v -> v.breakdownKey().isEmpty()).findFirst();
        Map<String, List<StoredIndicatorValue>> byBreakdown = new LinkedHashMap<>();
        values.stream().filter(v -> !v.breakdownKey().isEmpty()).forEach(v -> byBreakdown
                .computeIfAbsent(v.breakdownKey(), key -> new ArrayList<>())
                .add(v));
        List<BreakdownTable> tables = byBreakdown.entrySet().stream()
                .map(e -> table(code, e.getKey(), e.getValue(), decimals, share))
                .toList();
        return new IndicatorSection(
                code,
                definition
                        .map(d -> d.name().in(language, Language.FI))
                        .filter(n -> !n.isBlank())
                        .orElse(code),
                definition.map(d -> d.definition().in(language, Language.FI)).orElse(""),
                share
                        ? ""
                        : definition
                                .map(d -> d.unit().in(language, Language.FI))
                                .orElse(""),
                total.map(t -> figure(t, decimals, share)).orElse(new Figure(null, decimals, share, null, null, "")),
                total.flatMap(StoredIndicatorValue::n).orElse(null),
                total.flatMap(StoredIndicatorValue::numerator).orElse(null),
                total.flatMap(StoredIndicatorValue::denominator).orElse(null),
                definition.map(d -> d.basis().name().toLowerCase(Locale.ROOT)).orElse(""),
                targets.apply(code).orElse(null),
                tables);
    }

    private BreakdownTable table(
            String code, String breakdown, List<StoredIndicatorValue> groups, int decimals, boolean share) {
        BigDecimal largest = groups.stream()
                .filter(g -> !g.suppressed())
                .map(g -> g.value().map(BigDecimal::abs).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<GroupRow> rows = groups.stream()
                .map(g -> new GroupRow(
                        names.group(breakdown, g.groupKey(), g.groupLabel(), language),
                        figure(g, decimals, share),
                        g.n().orElse(null),
                        g.suppressed() ? 0 : bar(g.value(), largest)))
                .toList();
        return new BreakdownTable(
                (code + "-" + breakdown).replaceAll("[^A-Za-z0-9_-]", "-"), names.breakdown(breakdown, language), rows);
    }

    static Figure figure(StoredIndicatorValue value, int decimals, boolean share) {
        if (value.suppressed()) {
            return new Figure(
                    null, decimals, share, null, null, value.suppressionReason().orElse("SUPPRESSED"));
        }
        return new Figure(
                value.value().orElse(null),
                decimals,
                share,
                value.intervalLow().orElse(null),
                value.intervalHigh().orElse(null),
                "");
    }

    /**
     * The bar's length relative to the largest shown value of the breakdown, in steps of 2 % (the stylesheet has a
     * class per step, since the Content-Security-Policy forbids inline styles); 0 when all are 0.
     */
    static int bar(Optional<BigDecimal> value, BigDecimal largest) {
        if (value.isEmpty() || largest.signum() == 0) {
            return 0;
        }
        int percent = value.get()
                .abs()
                .multiply(BigDecimal.valueOf(50))
                .divide(largest, 0, RoundingMode.HALF_UP)
                .intValue();
        return percent * 2;
    }
}
