package fi.mittari.report.preparing;

import fi.mittari.context.ProjectGoal;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.StoredIndicatorValue;
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
        return new Figure(value, Figure.Format.DECIMAL, definition.decimals());
    }

    Suppression suppression(StoredIndicatorValue value) {
        if (!value.suppressed()) {
            return Suppression.NONE;
        }
        return texts.hidden();
    }

    SummaryRow summary(ProjectScope scope, IndicatorDefinition definition, List<ProjectGoal> goals) {
        Optional<StoredIndicatorValue> total = scope.total(definition.code());
        Optional<BigDecimal> target = definition
                .targetFor(scope.code())
                .map(t -> t.value())
                .or(() -> goalOf(goals, definition.code()).map(ProjectGoal::targetValue));
        Optional<BigDecimal> baseline = definition
                .targetFor(scope.code())
                .flatMap(t -> t.baseline())
                .or(() -> goalOf(goals, definition.code()).map(ProjectGoal::baselineValue));
        Optional<BigDecimal> value = total.filter(v -> !v.suppressed()).flatMap(StoredIndicatorValue::value);
        // (value − baseline) ÷ (target − baseline), docs/indicators.md "Targets"; no baseline counts from 0
        BigDecimal from = baseline.orElse(BigDecimal.ZERO);
        Optional<BigDecimal> progress = value.flatMap(v -> target.map(t -> t.subtract(from))
                .filter(distance -> distance.signum() != 0)
                .map(distance -> v.subtract(from).divide(distance, 6, RoundingMode.HALF_UP)));
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

    GoalResult goal(ProjectScope scope, ProjectGoal goal, Optional<IndicatorDefinition> definition) {
        Optional<StoredIndicatorValue> total =
                Optional.ofNullable(goal.indicatorCode()).flatMap(scope::total);
        Optional<BigDecimal> value = total.filter(v -> !v.suppressed()).flatMap(StoredIndicatorValue::value);
        Figure actual = definition.map(d -> figure(d, value)).orElse(new Figure(value, Figure.Format.DECIMAL, 0));
        var basis =
                definition.map(IndicatorDefinition::basis).orElse(fi.mittari.indicator.definition.DataBasis.COLLECTED);
        Suppression suppression = total.map(this::suppression).orElseGet(texts::noValues);
        String actualText = value.map(v -> shown(actual, v))
                .orElseGet(() -> suppression.suppressed() ? texts.suppressedWord() : texts.missingWord());
        return new GoalResult(
                scope.code(),
                goal.description(),
                Optional.ofNullable(goal.indicatorCode()),
                definition.map(d -> texts.text(d.name())),
                Optional.ofNullable(goal.baselineValue()),
                Optional.ofNullable(goal.targetValue()),
                actual,
                texts.basis(basis),
                texts.paste(goal.description(), actualText, basis, scope.from(), scope.to()),
                suppression);
    }

    /** A figure as the paste text writes it: shares as percentages. */
    private String shown(Figure figure, BigDecimal value) {
        if (figure.format() == Figure.Format.SHARE) {
            return texts.number(value.movePointRight(2), figure.decimals()) + " %";
        }
        return texts.number(value, figure.decimals());
    }

    private static Optional<ProjectGoal> goalOf(List<ProjectGoal> goals, String code) {
        return goals.stream().filter(g -> code.equals(g.indicatorCode())).findFirst();
    }
}
