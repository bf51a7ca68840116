package fi.mittari.indicator.web;

import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.indicator.progress.MeasuringProgress;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's indicators at a glance: each goal's indicator over the project's own period against its baseline and
 * target, with the progress made. Read-only; a FUNDER sees the projects assigned to the account only.
 */
@Controller("/staff/projects/{code}/indicators")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST, Roles.FUNDER})
class ProjectIndicatorsController {

    private final Projects projects;
    private final ReadableProjects readable;
    private final MeasuringProgress progress;
    private final PageLanguage languages;

    ProjectIndicatorsController(
            Projects projects, ReadableProjects readable, MeasuringProgress progress, PageLanguage languages) {
        this.projects = projects;
        this.readable = readable;
        this.progress = progress;
        this.languages = languages;
    }

    @Get
    HttpResponse<?> overview(String code, HttpRequest<?> request, Authentication user) {
        Optional<Project> project = projects.byCode(code);
        if (project.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (!readable.mayRead(user, code)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Language language = languages.of(request);
        IndicatorScope scope = progress.scopeOf(project.get());
        List<GoalRow> goals = progress.of(project.get()).stream()
                .map(g -> GoalRow.of(g, language))
                .toList();
        var page = new Overview(project.get().code(), project.get().name(), scope.from(), scope.to(), goals);
        return HttpResponse.ok(new ModelAndView<>("indicators/overview", Map.of("page", page)));
    }

    /** The overview of one project over its own period. */
    public record Overview(String code, String name, LocalDate from, LocalDate to, List<GoalRow> goals) {

        /** The results page of the same scope. */
        public String resultsHref() {
            return "/staff/indicators?project=" + code;
        }
    }

    /**
     * One goal as the page shows it: raw numbers (a share as a fraction 0..1), the progress from baseline to target
     * as a fraction (null when it cannot be said) and its bar in steps of 2 %.
     */
    public record GoalRow(
            String description,
            String indicator,
            String unit,
            boolean share,
            int decimals,
            BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal current,
            boolean suppressed,
            @Nullable BigDecimal progress,
            int bar,
            boolean reached) {

        static GoalRow of(GoalProgress goal, Language language) {
            return new GoalRow(
                    goal.description(),
                    goal.name(language),
                    goal.share() ? "" : goal.unit().in(language, Language.FI),
                    goal.share(),
                    goal.shownDecimals(),
                    goal.baseline(),
                    goal.target().orElse(null),
                    goal.current().orElse(null),
                    goal.suppressed(),
                    goal.progress().orElse(null),
                    goal.barStep(),
                    goal.reached());
        }
    }
}
