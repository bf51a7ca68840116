package fi.mittari.indicator.web;

import fi.mittari.context.Ecosystems;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.indicator.progress.MeasuringProgress;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.indicator.web.IndicatorPages.ProjectOption;
import fi.mittari.indicator.web.IndicatorPages.ResultsPage;
import fi.mittari.indicator.web.IndicatorPages.ScopeForm;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
 * The staff page of indicator results: a scope chosen with a GET form, and every indicator the last run published for
 * it. Without a project chosen the page opens on the first project the user may read, over the project's own period;
 * empty dates mean the project's start and end. With no results yet, an analyst may start a run for the scope there.
 * A FUNDER reads the results of the projects assigned to the account only, and starts nothing.
 */
@Controller("/staff/indicators")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST, Roles.FUNDER})
class IndicatorPagesController {

    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final ResolvingIndicatorScope scopes;
    private final Ecosystems ecosystems;
    private final Projects projects;
    private final ReadableProjects readable;
    private final MeasuringProgress progress;
    private final GroupNames names;
    private final PageLanguage languages;
    private final SuppressionRule rule;

    IndicatorPagesController(
            IndicatorValues values,
            IndicatorCatalog catalog,
            ResolvingIndicatorScope scopes,
            Projects projects,
            Ecosystems ecosystems,
            ReadableProjects readable,
            MeasuringProgress progress,
            GroupNames names,
            PageLanguage languages,
            SuppressionSettings suppression) {
        this.values = values;
        this.catalog = catalog;
        this.scopes = scopes;
        this.projects = projects;
        this.ecosystems = ecosystems;
        this.readable = readable;
        this.progress = progress;
        this.names = names;
        this.languages = languages;
        this.rule = suppression.rule();
    }

    @Get
    HttpResponse<?> results(
            @Nullable @QueryValue String project,
            @Nullable @QueryValue String ecosystem,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            HttpRequest<?> request,
            Authentication user) {
        List<Project> visible = readable.of(user);
        boolean allProjects = !ReadableProjects.isFunder(user);
        if (!allProjects && visible.isEmpty()) {
            // A funder whose projects an admin has not chosen yet: nothing to read, said plainly, not an error.
            return HttpResponse.ok(new ModelAndView<>("indicators/none", Map.of()));
        }
        // an ecosystem is chosen in the same list as the projects (staff only: a funder reads its own projects)
        if (allProjects && ecosystem != null && !ecosystem.isBlank()) {
            project = IndicatorScope.ecosystemKey(ecosystem.strip());
        }
        String typedProject = project == null
                ? visible.stream().findFirst().map(Project::code).orElse("")
                : project.strip();
        if (typedProject.isEmpty() && !allProjects) {
            typedProject = visible.stream().findFirst().map(Project::code).orElse("");
        }
        String chosen = typedProject;
        if (!chosen.isEmpty() && projects.byCode(chosen).isPresent() && !readable.mayRead(user, chosen)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        if (!allProjects && chosen.startsWith(IndicatorScope.ECOSYSTEM_PREFIX)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        String typedFrom = from == null ? "" : from.strip();
        String typedTo = to == null ? "" : to.strip();
        Language language = languages.of(request);
        List<ProjectOption> options = new java.util.ArrayList<>(visible.stream()
                .map(p -> new ProjectOption(p.code(), p.name(), p.code().equals(chosen)))
                .toList());
        if (allProjects) {
            ecosystems.all().stream()
                    .map(e -> new ProjectOption(
                            IndicatorScope.ecosystemKey(e.code()),
                            e.name(language.code()),
                            IndicatorScope.ecosystemKey(e.code()).equals(chosen)))
                    .forEach(options::add);
        }
        Optional<String> chosenEcosystem = chosen.startsWith(IndicatorScope.ECOSYSTEM_PREFIX)
                ? Optional.of(chosen.substring(IndicatorScope.ECOSYSTEM_PREFIX.length()))
                : Optional.empty();
        IndicatorScope scope;
        try {
            if (!allProjects && chosen.isEmpty()) {
                throw new IllegalArgumentException("parameter 'project': there is no project with code ''");
            }
            scope = chosenEcosystem.isPresent()
                    ? scopes.resolve(Optional.empty(), chosenEcosystem, Optional.of(typedFrom), Optional.of(typedTo))
                    : scopes.resolve(Optional.of(chosen), Optional.of(typedFrom), Optional.of(typedTo));
        } catch (IllegalArgumentException bad) {
            String message = bad.getMessage();
            String field = message.startsWith("parameter 'project'") || message.startsWith("parameter 'ecosystem'")
                    ? "project"
                    : message.startsWith("parameter 'from'") ? "from" : "to";
            String problem = field.equals("project") ? "unknown" : message.startsWith("parameter") ? "date" : "order";
            var form = new ScopeForm(chosen, typedFrom, typedTo, options, allProjects, field, problem);
            var page = new ResultsPage(
                    form, "", "", "", null, null, List.of(), false, rule.minCount(), rule.minPersonsForStatistic());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("indicators/results", Map.of("page", page)));
        }
        Map<String, BigDecimal> targets =
                scope.project().flatMap(projects::byCode).map(this::targets).orElse(Map.of());
        var sections = new IndicatorSections(
                        catalog::byCode, code -> Optional.ofNullable(targets.get(code)), names, language)
                .of(values.published(scope, Optional.empty(), Optional.empty()));
        var form = new ScopeForm(chosen, typedFrom, typedTo, options, allProjects, "", "");
        boolean canRun =
                user.getRoles().contains(Roles.ADMIN) || user.getRoles().contains(Roles.ANALYST);
        var page = new ResultsPage(
                form,
                scope.project().orElse(""),
                scope.project().flatMap(projects::byCode).map(Project::name).orElse(""),
                chosenEcosystem
                        .flatMap(ecosystems::byCode)
                        .map(e -> e.name(language.code()))
                        .orElse(""),
                scope.from(),
                scope.to(),
                sections,
                canRun,
                rule.minCount(),
                rule.minPersonsForStatistic());
        return HttpResponse.ok(new ModelAndView<>("indicators/results", Map.of("page", page)));
    }

    /** Each goal's target, the project's own before the one set in the indicator file. */
    private Map<String, BigDecimal> targets(Project project) {
        Map<String, BigDecimal> targets = new java.util.HashMap<>();
        for (GoalProgress goal : progress.of(project)) {
            goal.target().ifPresent(t -> targets.putIfAbsent(goal.indicatorCode(), t));
        }
        return targets;
    }
}
