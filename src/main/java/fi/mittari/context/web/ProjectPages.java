package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.GoalIndicator;
import fi.mittari.context.GoalIndicators;
import fi.mittari.context.GoalValues;
import fi.mittari.context.Project;
import fi.mittari.context.ProjectGoal;
import fi.mittari.context.Projects;
import fi.mittari.context.web.ProjectViews.CoachedForm;
import fi.mittari.context.web.ProjectViews.CoachedRow;
import fi.mittari.context.web.ProjectViews.EventRow;
import fi.mittari.context.web.ProjectViews.FormErrors;
import fi.mittari.context.web.ProjectViews.GoalForm;
import fi.mittari.context.web.ProjectViews.GoalRow;
import fi.mittari.context.web.ProjectViews.IndicatorOption;
import fi.mittari.context.web.ProjectViews.ProjectDetail;
import fi.mittari.context.web.ProjectViews.ProjectSummary;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the project page (goals, events, coached participants and the forms to add them) in the page's language, and
 * turns what people type into goal drafts: a share's baseline and target are typed and shown as percentages.
 */
@Singleton
class ProjectPages {

    /** The goal form's fields typed as percentages when the indicator is a share. */
    static final Set<String> PERCENT_FIELDS = Set.of("baseline", "target");

    private final Projects projects;
    private final CodeLists codeLists;
    private final GoalIndicators indicators;

    ProjectPages(Projects projects, CodeLists codeLists, GoalIndicators indicators) {
        this.projects = projects;
        this.codeLists = codeLists;
        this.indicators = indicators;
    }

    ProjectDetail detail(Project project, String language, GoalForm newGoal, CoachedForm newCoached) {
        Map<String, GoalIndicator> byCode =
                indicators.all().stream().collect(Collectors.toMap(GoalIndicator::code, Function.identity()));
        List<GoalRow> goals = projects.goals(project).stream()
                .map(g -> goalRow(g, Optional.ofNullable(g.indicatorCode()).map(byCode::get), language))
                .toList();
        Map<String, String> regions = names(ContextRules.REGION, language);
        Map<String, String> types = names(ContextRules.EVENT_TYPE, language);
        List<EventRow> events = projects.events(project).stream()
                .map(e -> new EventRow(
                        e.code(),
                        e.name(),
                        e.startsOn(),
                        e.endsOn(),
                        e.regionCode() == null ? "" : regions.getOrDefault(e.regionCode(), e.regionCode()),
                        types.getOrDefault(e.eventType(), e.eventType())))
                .toList();
        List<CoachedRow> coached = projects.coached(project).stream()
                .map(c -> new CoachedRow(c.pseudonym(), c.startedOn(), c.endedOn()))
                .toList();
        return new ProjectDetail(ProjectSummary.of(project), goals, newGoal, events, coached, newCoached);
    }

    GoalForm emptyGoal(String language) {
        return new GoalForm("", "", "", "", options(language), FormErrors.NONE);
    }

    /** The form of a stored goal, a share's values in per cent. */
    GoalForm goalForm(ProjectGoal goal, String language) {
        boolean share = share(goal.indicatorCode());
        return new GoalForm(
                goal.description(),
                goal.indicatorCode() == null ? "" : goal.indicatorCode(),
                typed(goal.baselineValue(), share),
                typed(goal.targetValue(), share),
                options(language),
                FormErrors.NONE);
    }

    GoalForm typedGoal(GoalDraft typed, String language, FormErrors errors) {
        return new GoalForm(
                typed.description(), typed.indicator(), typed.baseline(), typed.target(), options(language), errors);
    }

    static CoachedForm emptyCoached() {
        return new CoachedForm("", "", "", FormErrors.NONE);
    }

    /** What was typed as a draft in the stored unit: a share's percentages as fractions, a decimal comma as a point. */
    GoalDraft stored(GoalDraft typed) {
        boolean share = share(typed.indicator());
        return new GoalDraft(
                typed.description(),
                typed.indicator(),
                storedValue(typed.target(), share),
                storedValue(typed.baseline(), share));
    }

    static FormErrors goalErrors(List<fi.mittari.context.FieldProblem> problems) {
        return FormErrors.of(problems, "projects.goal.field.", "projects", "g-", PERCENT_FIELDS);
    }

    private boolean share(@Nullable String indicator) {
        return indicator != null
                && indicators
                        .byCode(indicator.strip())
                        .map(GoalIndicator::share)
                        .orElse(false);
    }

    private static String storedValue(String text, boolean share) {
        String value = text.strip().replace(',', '.');
        if (!share || value.isEmpty()) {
            return value;
        }
        try {
            return GoalValues.fromPercent(new BigDecimal(value)).toPlainString();
        } catch (NumberFormatException e) {
            return value; // the rules say what is wrong with it
        }
    }

    private static String typed(@Nullable BigDecimal value, boolean share) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = share ? GoalValues.toPercent(value) : value.stripTrailingZeros();
        return shown.toPlainString();
    }

    private static GoalRow goalRow(ProjectGoal goal, Optional<GoalIndicator> indicator, String language) {
        boolean share = indicator.map(GoalIndicator::share).orElse(false);
        return new GoalRow(
                goal.id(),
                goal.description(),
                indicator.map(i -> i.name(language)).orElse(goal.indicatorCode() == null ? "" : goal.indicatorCode()),
                share,
                goal.baselineValue(),
                decimals(goal.baselineValue(), share),
                goal.targetValue(),
                decimals(goal.targetValue(), share));
    }

    /** The decimals a value was given with: 0.405 is 40.5 %, one decimal as a percentage. */
    private static int decimals(@Nullable BigDecimal value, boolean share) {
        int decimals =
                value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
        return share ? Math.max(0, decimals - 2) : decimals;
    }

    private List<IndicatorOption> options(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        return indicators.all().stream()
                .map(i -> new IndicatorOption(i.code(), i.name(language), i.share()))
                .sorted(Comparator.comparing(IndicatorOption::name, collator))
                .toList();
    }

    private Map<String, String> names(String list, String language) {
        return codeLists.entries(list).stream()
                .collect(Collectors.toMap(CodeListEntry::code, e -> ProjectViews.name(e, language)));
    }
}
