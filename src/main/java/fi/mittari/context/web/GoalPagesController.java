package fi.mittari.context.web;

import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Project;
import fi.mittari.context.ProjectGoal;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingGoals;
import fi.mittari.context.web.ContextFormPosts.GoalPost;
import fi.mittari.context.web.ProjectViews.GoalForm;
import fi.mittari.context.web.ProjectViews.GoalPage;
import fi.mittari.context.web.ProjectViews.ProjectSummary;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;

/**
 * A project's goals in the browser: added on the project's page, changed or removed on the goal's own page. A share's
 * baseline and target are typed in per cent and stored as fractions ({@link ProjectPages#stored}).
 */
@Controller("/staff/projects/{code}/goals")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class GoalPagesController {

    private final Projects projects;
    private final RecordingGoals goals;
    private final ProjectPages pages;
    private final PageLocale locale;

    GoalPagesController(Projects projects, RecordingGoals goals, ProjectPages pages, PageLocale locale) {
        this.projects = projects;
        this.goals = goals;
        this.pages = pages;
        this.locale = locale;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(String code, @Body GoalPost form, HttpRequest<?> request) {
        Optional<Project> project = projects.byCode(code);
        if (project.isEmpty()) {
            return HttpResponse.notFound();
        }
        GoalDraft typed = form.draft();
        Recorded<ProjectGoal> outcome = goals.add(code, pages.stored(typed));
        if (outcome instanceof Recorded.Saved<ProjectGoal>) {
            return ProjectPagesController.seeProject(code);
        }
        String language = language(request);
        GoalForm refused =
                pages.typedGoal(typed, language, ProjectPages.goalErrors(ProjectPagesController.problems(outcome)));
        var page = pages.detail(project.get(), language, refused, ProjectPages.emptyCoached());
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("projects/detail", Map.of("page", page)));
    }

    @Get("/{id}")
    HttpResponse<?> show(String code, long id, HttpRequest<?> request) {
        Optional<Project> project = projects.byCode(code);
        Optional<ProjectGoal> goal = project.flatMap(
                p -> projects.goals(p).stream().filter(g -> g.id() == id).findFirst());
        if (goal.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(goalPage(project.get(), id, pages.goalForm(goal.get(), language(request))));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String code, long id, @Body GoalPost form, HttpRequest<?> request) {
        GoalDraft typed = form.draft();
        Recorded<ProjectGoal> outcome = goals.change(code, id, pages.stored(typed));
        if (outcome instanceof Recorded.Saved<ProjectGoal>) {
            return ProjectPagesController.seeProject(code);
        }
        Optional<Project> project = projects.byCode(code);
        if (outcome instanceof Recorded.Missing<ProjectGoal> || project.isEmpty()) {
            return HttpResponse.notFound();
        }
        GoalForm refused = pages.typedGoal(
                typed, language(request), ProjectPages.goalErrors(ProjectPagesController.problems(outcome)));
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(goalPage(project.get(), id, refused));
    }

    @Post("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(String code, long id) {
        return goals.remove(code, id) ? ProjectPagesController.seeProject(code) : HttpResponse.notFound();
    }

    private static ModelAndView<?> goalPage(Project project, long id, GoalForm form) {
        return new ModelAndView<>("projects/goal", Map.of("page", new GoalPage(ProjectSummary.of(project), id, form)));
    }

    private String language(HttpRequest<?> request) {
        return locale.of(request).getLanguage();
    }
}
