package fi.mittari.report.preparing;

import fi.mittari.context.ProjectGoal;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.report.content.BreakdownRow;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.Suppression;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Summary, Breakdowns and Results against goals sheets, from the stored values of each project's scope. */
final class IndicatorFigures {

    private final ReportTexts texts;
    private final GroupLabels labels;

    IndicatorFigures(ReportTexts texts, GroupLabels labels) {
        this.texts = texts;
        this.labels = labels;
    }

    /** SHARE for proportions (0–1; the definition's decimals of the share are percent decimals + 2), COUNT for counts. */
    static Figure figure(IndicatorDefinition definition, Optional<BigDecimal> value) {
        Measure measure = definition.measure();
        if (measure instanceof Measure.Proportion) {
            return new Figure(value, Figure.Format.SHARE, Math.max(0, definition.decimals() - 2));
        }
        if (measure instanceof Measure.Count
                || measure instanceof Measure.DistinctCount
                || measure instanceof Measure.Sum) {
            return new Figure(value, Figure.Format.COUNT, definition.decimals());
        }
        if (measure instanceof Measure.PairedChange) {
            return new Figure(value, Figure.Format.CHANGE, definition.decimals());
        }
        return new Figure(value, Figure.Format.DECIMAL, definition.decimals());
    }

    Suppression suppression(StoredIndicatorValue value) {
        if (!value.suppressed()) {
            return Suppression.NONE;
        }
        return texts.hidden();
    }

    /**
     * The indicator's total with its goal: target, baseline and progress are the first of {@code goals} (the project's
     * goals as MeasuringProgress reads them) that names the indicator, as on the Goals sheet.
     */
    SummaryRow summary(ProjectScope scope, IndicatorDefinition definition, List<GoalProgress> goals) {
        Optional<StoredIndicatorValue> total = scope.total(definition.code());
        Optional<GoalProgress> goal = goals.stream()
                .filter(g -> g.indicatorCode().equals(definition.code()))
                .findFirst();
        Optional<BigDecimal> target = goal.flatMap(GoalProgress::target);
        Optional<BigDecimal> baseline = goal.map(GoalProgress::baseline);
        Optional<BigDecimal> value = total.filter(v -> !v.suppressed()).flatMap(StoredIndicatorValue::value);
        Optional<BigDecimal> progress =
                goal.flatMap(GoalProgress::progress).map(p -> p.setScale(6, RoundingMode.HALF_UP));
        return new SummaryRow(
                scope.code(),
                definition.code(),
                texts.text(definition.name()),
                texts.text(definition.unit()),
                figure(definition, value),
                total.flatMap(StoredIndicatorValue::n),
                total.flatMap(StoredIndicatorValue::numerator),
                total.flatMap(StoredIndicatorValue::denominator),
                total.flatMap(StoredIndicatorValue::intervalLow),
                total.flatMap(StoredIndicatorValue::intervalHigh),
                baseline,
                target,
                progress,
                definition.basis(),
                texts.basis(definition.basis()),
                total.map(this::suppression).orElseGet(texts::noValues));
    }

    List<BreakdownRow> breakdowns(ProjectScope scope, IndicatorDefinition definition, List<String> keys) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (String key : keys) {
            for (StoredIndicatorValue group : scope.breakdown(definition.code(), key)) {
                rows.add(new BreakdownRow(
                        scope.code(),
                        definition.code(),
                        texts.text(definition.name()),
                        key,
                        labels.breakdown(key),
                        group.groupKey(),
                        labels.group(key, group.groupKey(), group.groupLabel()),
                        figure(definition, group.suppressed() ? Optional.empty() : group.value()),
                        group.n(),
                        group.intervalLow(),
                        group.intervalHigh(),
                        suppression(group)));
            }
        }
        return rows;
    }

    /** A goal's row of the Goals sheet, from the same goal the Summary reads its target from. */
    GoalResult goal(ProjectScope scope, GoalProgress goal, Optional<IndicatorDefinition> definition) {
        Optional<StoredIndicatorValue> total = scope.total(goal.indicatorCode());
        // a target set in an indicator file has no words of its own: the indicator's name stands for the goal
        String description = goal.description().isBlank()
                ? definition.map(d -> texts.text(d.name())).orElse(goal.indicatorCode())
                : goal.description();
        Optional<BigDecimal> value = total.filter(v -> !v.suppressed()).flatMap(StoredIndicatorValue::value);
        Figure actual = definition.map(d -> figure(d, value)).orElse(new Figure(value, Figure.Format.DECIMAL, 0));
        var basis =
                definition.map(IndicatorDefinition::basis).orElse(fi.mittari.indicator.definition.DataBasis.COLLECTED);
        Suppression suppression = total.map(this::suppression).orElseGet(texts::noValues);
        String actualText = value.map(v -> shown(actual, v))
                .orElseGet(() -> suppression.suppressed() ? texts.suppressedWord() : texts.missingWord());
        return new GoalResult(
                scope.code(),
                description,
                Optional.of(goal.indicatorCode()),
                definition.map(d -> texts.text(d.name())),
                Optional.of(goal.baseline()),
                goal.target(),
                actual,
                texts.basis(basis),
                texts.paste(description, actualText, basis, scope.from(), scope.to()),
                suppression);
    }

    /** A goal that names no indicator: its words only, nothing measured. */
    GoalResult unmeasured(ProjectScope scope, ProjectGoal goal) {
        return new GoalResult(
                scope.code(),
                goal.description(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(goal.baselineValue()),
                Optional.ofNullable(goal.targetValue()),
                new Figure(Optional.empty(), Figure.Format.DECIMAL, 0),
                texts.basis(fi.mittari.indicator.definition.DataBasis.COLLECTED),
                texts.paste(
                        goal.description(),
                        texts.missingWord(),
                        fi.mittari.indicator.definition.DataBasis.COLLECTED,
                        scope.from(),
                        scope.to()),
                texts.noValues());
    }

    /** A figure as the paste text writes it: shares as percentages. */
    private String shown(Figure figure, BigDecimal value) {
        if (figure.format() == Figure.Format.SHARE) {
            return texts.number(value.movePointRight(2), figure.decimals()) + " %";
        }
        if (figure.format() == Figure.Format.CHANGE) {
            // a change carries its sign (docs/indicators.md): +0,6 and −0,6
            String number = texts.number(value.abs(), figure.decimals());
            return value.signum() > 0 ? "+" + number : value.signum() < 0 ? "\u2212" + number : number;
        }
        return texts.number(value, figure.decimals());
    }
}
