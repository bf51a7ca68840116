package fi.mittari.indicator.web;

import fi.mittari.context.Project;
import fi.mittari.context.ProjectGoal;
import fi.mittari.context.Projects;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.Target;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.indicator.web.IndicatorPages.ProjectOption;
import fi.mittari.indicator.web.IndicatorPages.ResultsPage;
import fi.mittari.indicator.web.IndicatorPages.ScopeForm;
import fi.mittari.security.Roles;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff page of indicator results: a scope chosen with a GET form (defaults as the results API's), and every
 * indicator the last run published for it. With no results yet, an analyst may start a run for the scope there.
 */
@Controller("/staff/indicators")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class IndicatorPagesController {

    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final ResolvingIndicatorScope scopes;
    private final Projects projects;
    private final SuppressionRule rule;

    IndicatorPagesController(
            IndicatorValues values,
            IndicatorCatalog catalog,
            ResolvingIndicatorScope scopes,
            Projects projects,
            @Value("${mittari.indicators.suppression.min-count:5}") int minCount,
            @Value("${mittari.indicators.suppression.min-persons:10}") int minPersons) {
        this.values = values;
        this.catalog = catalog;
        this.scopes = scopes;
        this.projects = projects;
        this.rule = new SuppressionRule(minCount, minPersons);
    }

    @Get
    HttpResponse<?> results(
            @Nullable @QueryValue String project,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            Authentication user) {
        String typedProject = project == null ? "" : project.strip();
        String typedFrom = from == null ? "" : from.strip();
        String typedTo = to == null ? "" : to.strip();
        List<ProjectOption> options = projects.all().stream()
                .map(p -> new ProjectOption(p.code(), p.name(), p.code().equals(typedProject)))
                .toList();
        IndicatorScope scope;
        try {
            scope = scopes.resolve(Optional.of(typedProject), Optional.of(typedFrom), Optional.of(typedTo));
        } catch (IllegalArgumentException bad) {
            var named = java.util.regex.Pattern.compile("^parameter '([a-z]+)'").matcher(bad.getMessage());
            // IndicatorScope refuses a period that ends before it starts without naming a parameter: the end's fault.
            String field = named.find() ? named.group(1) : "to";
            var form = new ScopeForm(typedProject, typedFrom, typedTo, options, field, bad.getMessage());
            var page = new ResultsPage(form, "", "", "", "", List.of(), false);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("indicators/results", Map.of("page", page)));
        }
        var sections = new IndicatorSections(catalog::byCode, code -> target(scope, code), rule)
                .of(values.published(scope, Optional.empty(), Optional.empty()));
        var form = new ScopeForm(
                scope.project().orElse(""), scope.from().toString(), scope.to().toString(), options, "", "");
        boolean canRun =
                user.getRoles().contains(Roles.ADMIN) || user.getRoles().contains(Roles.ANALYST);
        var page = new ResultsPage(
                form,
                scope.project().orElse(""),
                scope.from().toString(),
                scope.to().toString(),
                scope.project().map(p -> "project " + p).orElse("all projects") + ", " + scope.from() + " to "
                        + scope.to(),
                sections,
                canRun);
        return HttpResponse.ok(new ModelAndView<>("indicators/results", Map.of("page", page)));
    }

    /** The definition's target for the project, else the project's own goal for the indicator. */
    private Optional<String> target(IndicatorScope scope, String code) {
        if (scope.project().isEmpty()) {
            return Optional.empty();
        }
        String projectCode = scope.project().get();
        Optional<String> defined = catalog.byCode(code)
                .flatMap(d -> d.targetFor(projectCode))
                .map(Target::value)
                .map(IndicatorPagesController::plain);
        if (defined.isPresent()) {
            return defined;
        }
        Optional<Project> project = projects.byCode(projectCode);
        return project.stream()
                .flatMap(p -> projects.goals(p).stream())
                .filter(g -> code.equals(g.indicatorCode()) && g.targetValue() != null)
                .map(ProjectGoal::targetValue)
                .map(IndicatorPagesController::plain)
                .findFirst();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
