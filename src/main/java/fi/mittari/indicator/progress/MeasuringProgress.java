package fi.mittari.indicator.progress;

import fi.mittari.context.Project;
import fi.mittari.context.ProjectGoal;
import fi.mittari.context.Projects;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Target;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.questionnaire.LocalizedText;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each goal of a project against its indicator's value for the project's own period (its start to its end, or the
 * current year when it has no period): the project's goals first, then targets set in indicator files for indicators
 * no goal names.
 */
@Singleton
public class MeasuringProgress {

    private final Projects projects;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final ResolvingIndicatorScope scopes;

    MeasuringProgress(
            Projects projects, IndicatorCatalog catalog, IndicatorValues values, ResolvingIndicatorScope scopes) {
        this.projects = projects;
        this.catalog = catalog;
        this.values = values;
        this.scopes = scopes;
    }

    /** The scope whose values the goals are measured by: the project over its own period. */
    public IndicatorScope scopeOf(Project project) {
        return scopes.resolve(Optional.of(project.code()), Optional.empty(), Optional.empty());
    }

    public List<GoalProgress> of(Project project) {
        return of(project, values.published(scopeOf(project), Optional.empty(), Optional.of("")));
    }

    /**
     * The project's goals measured by the totals among {@code published} (the values of any one scope of the
     * project): its own goals that name an indicator, with their target and baseline or else the indicator file's,
     * then the targets the indicator files set for it that no goal names. The one source of targets and progress for
     * the pages and for every sheet of a workbook.
     */
    public List<GoalProgress> of(Project project, List<StoredIndicatorValue> published) {
        Map<String, StoredIndicatorValue> totals = published.stream()
                .filter(v -> v.breakdownKey().isEmpty())
                .collect(Collectors.toMap(StoredIndicatorValue::indicatorCode, Function.identity(), (a, b) -> a));
        List<GoalProgress> goals = new ArrayList<>();
        for (ProjectGoal goal : projects.goals(project)) {
            if (goal.indicatorCode() == null || goal.indicatorCode().isBlank()) {
                continue;
            }
            Optional<IndicatorDefinition> definition = catalog.byCode(goal.indicatorCode());
            Optional<Target> defined = definition.flatMap(d -> d.targetFor(project.code()));
            Optional<BigDecimal> target =
                    Optional.ofNullable(goal.targetValue()).or(() -> defined.map(Target::value));
            BigDecimal baseline = Optional.ofNullable(goal.baselineValue())
                    .or(() -> defined.flatMap(Target::baseline))
                    .orElse(BigDecimal.ZERO);
            goals.add(progress(goal.description(), goal.indicatorCode(), definition, baseline, target, totals));
        }
        for (IndicatorDefinition definition : catalog.all()) {
            boolean named = goals.stream().anyMatch(g -> g.indicatorCode().equals(definition.code()));
            Optional<Target> target = definition.targetFor(project.code());
            if (!named && target.isPresent()) {
                goals.add(progress(
                        "",
                        definition.code(),
                        Optional.of(definition),
                        target.get().baseline().orElse(BigDecimal.ZERO),
                        Optional.of(target.get().value()),
                        totals));
            }
        }
        return goals;
    }

    private static GoalProgress progress(
            String description,
            String code,
            Optional<IndicatorDefinition> definition,
            BigDecimal baseline,
            Optional<BigDecimal> target,
            Map<String, StoredIndicatorValue> totals) {
        Optional<StoredIndicatorValue> total = Optional.ofNullable(totals.get(code));
        boolean suppressed = total.map(StoredIndicatorValue::suppressed).orElse(false);
        return new GoalProgress(
                description,
                code,
                definition.map(IndicatorDefinition::name).orElse(LocalizedText.empty()),
                definition.map(IndicatorDefinition::unit).orElse(LocalizedText.empty()),
                definition.map(IndicatorDefinition::decimals).orElse(2),
                definition.map(d -> isShare(d.measure())).orElse(false),
                baseline,
                target,
                suppressed ? Optional.empty() : total.flatMap(StoredIndicatorValue::value),
                suppressed);
    }

    /** Proportions are fractions 0..1 that people read as percentages. */
    public static boolean isShare(Measure measure) {
        return measure instanceof Measure.Proportion;
    }
}
