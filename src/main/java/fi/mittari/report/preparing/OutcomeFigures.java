package fi.mittari.report.preparing;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.report.content.ChangeResult;
import fi.mittari.report.content.Employment;
import fi.mittari.report.content.Figure;
import fi.mittari.report.definition.ReportDefinition.EmploymentSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The Change and Employment sheets, from the stored totals (and their {@code extra} counts) of each project. */
final class OutcomeFigures {

    private final ReportTexts texts;
    private final IndicatorFigures figures;
    private final GroupLabels labels;
    private final IndicatorCatalog catalog;

    OutcomeFigures(ReportTexts texts, IndicatorFigures figures, GroupLabels labels, IndicatorCatalog catalog) {
        this.texts = texts;
        this.figures = figures;
        this.labels = labels;
        this.catalog = catalog;
    }

    ChangeResult change(ProjectScope scope, IndicatorDefinition definition) {
        Optional<StoredIndicatorValue> total = scope.total(definition.code());
        Optional<StoredIndicatorValue> shown = total.filter(v -> !v.suppressed());
        ExtraFigures extra = new ExtraFigures(shown.flatMap(StoredIndicatorValue::extra));
        return new ChangeResult(
                scope.code(),
                definition.code(),
                texts.text(definition.name()),
                texts.text(definition.unit()),
                definition.decimals(),
                texts.basis(definition.basis()),
                extra.count("pairs"),
                extra.count("personsLost"),
                extra.number("baselineMean"),
                extra.number("followupMean"),
                shown.flatMap(StoredIndicatorValue::value),
                shown.flatMap(StoredIndicatorValue::intervalLow),
                shown.flatMap(StoredIndicatorValue::intervalHigh),
                extra.count("improved"),
                extra.count("same"),
                extra.count("worse"),
                total.map(figures::suppression).orElseGet(texts::noValues));
    }

    Optional<Employment> employment(ProjectScope scope, EmploymentSection section) {
        Optional<IndicatorDefinition> coached = catalog.byCode(section.coached());
        Optional<IndicatorDefinition> employed = catalog.byCode(section.employed());
        Optional<IndicatorDefinition> rate = catalog.byCode(section.rate());
        if (coached.isEmpty() || employed.isEmpty() || rate.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredIndicatorValue> rateTotal = scope.total(section.rate());
        Optional<StoredIndicatorValue> rateShown = rateTotal.filter(v -> !v.suppressed());
        List<Employment.EmploymentType> byType = section.typeBreakdown()
                .map(key -> scope.breakdown(section.employed(), key).stream()
                        .map(group -> new Employment.EmploymentType(
                                group.groupKey(),
                                labels.group(key, group.groupKey(), group.groupLabel()),
                                group.suppressed()
                                        ? Optional.empty()
                                        : group.value().map(BigDecimal::longValue),
                                figures.suppression(group)))
                        .toList())
                .orElse(List.of());
        return Optional.of(new Employment(
                scope.code(),
                total(scope, coached.get()),
                total(scope, employed.get()),
                byType,
                IndicatorFigures.figure(rate.get(), rateShown.flatMap(StoredIndicatorValue::value)),
                rateShown.flatMap(StoredIndicatorValue::intervalLow),
                rateShown.flatMap(StoredIndicatorValue::intervalHigh),
                section.followupWindow(),
                texts.basis(rate.get().basis()),
                rateTotal.map(figures::suppression).orElseGet(texts::noValues)));
    }

    private Figure total(ProjectScope scope, IndicatorDefinition definition) {
        return IndicatorFigures.figure(
                definition,
                scope.total(definition.code()).filter(v -> !v.suppressed()).flatMap(StoredIndicatorValue::value));
    }
}
