package fi.mittari.context.web;

import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingProjects;
import fi.mittari.context.web.ContextFormPosts.ProjectPost;
import fi.mittari.context.web.ProjectViews.FormErrors;
import fi.mittari.context.web.ProjectViews.ProjectForm;
import fi.mittari.context.web.ProjectViews.ProjectList;
import fi.mittari.context.web.ProjectViews.ProjectSummary;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff pages for projects: the list, a new project, a project's page, and its form to change it. */
@Controller("/staff/projects")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ProjectPagesController {

    private final Projects projects;
    private final RecordingProjects recording;
    private final ProjectPages pages;
    private final PageLocale locale;

    ProjectPagesController(Projects projects, RecordingProjects recording, ProjectPages pages, PageLocale locale) {
        this.projects = projects;
        this.recording = recording;
        this.pages = pages;
        this.locale = locale;
    }

    @Get
    ModelAndView<?> list() {
        var rows = projects.all().stream().map(ProjectSummary::of).toList();
        return new ModelAndView<>("projects/list", Map.of("page", new ProjectList(rows)));
    }

    @Get("/new")
    ModelAndView<?> newProject() {
        return form(new ProjectForm(false, "", "", "", "", "", "", "", FormErrors.NONE));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body ProjectPost form) {
        ProjectDraft draft = form.draft(form.code());
        Recorded<Project> outcome = recording.create(draft);
        if (outcome instanceof Recorded.Saved<Project> saved) {
            return seeProject(saved.value().code());
        }
        return refused(false, draft, problems(outcome));
    }

    @Get("/{code}")
    HttpResponse<?> show(String code, HttpRequest<?> request) {
        String language = locale.of(request).getLanguage();
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(new ModelAndView<>(
                        "projects/detail",
                        Map.of(
                                "page",
                                pages.detail(p, language, pages.emptyGoal(language), ProjectPages.emptyCoached())))))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/{code}/edit")
    HttpResponse<?> edit(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(form(new ProjectForm(
                        true,
                        p.code(),
                        p.name(),
                        p.funder(),
                        orEmpty(p.grantId()),
                        p.startsOn() == null ? "" : p.startsOn().toString(),
                        p.endsOn() == null ? "" : p.endsOn().toString(),
                        orEmpty(p.description()),
                        FormErrors.NONE))))
                .orElseGet(HttpResponse::notFound);
    }

    /** Changes everything but the code, which campaigns and imports name the project by. */
    @Post("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String code, @Body ProjectPost form) {
        ProjectDraft draft = form.draft(code);
        Recorded<Project> outcome = recording.change(code, draft);
        if (outcome instanceof Recorded.Saved<Project> saved) {
            return seeProject(saved.value().code());
        }
        if (outcome instanceof Recorded.Missing<Project>) {
            return HttpResponse.notFound();
        }
        return refused(true, draft, problems(outcome));
    }

    static HttpResponse<?> seeProject(String code) {
        return HttpResponse.seeOther(UriBuilder.of("/staff/projects").path(code).build());
    }

    static List<FieldProblem> problems(Recorded<?> outcome) {
        if (outcome instanceof Recorded.Taken<?> taken) {
            return List.of(taken.problem());
        }
        return ((Recorded.Refused<?>) outcome).problems();
    }

    private static HttpResponse<?> refused(boolean editing, ProjectDraft draft, List<FieldProblem> problems) {
        var page = new ProjectForm(
                editing,
                draft.code(),
                draft.name(),
                draft.funder(),
                draft.grantId(),
                draft.startsOn(),
                draft.endsOn(),
                draft.description(),
                FormErrors.of(problems, "projects.field.", "projects", "p-", Set.of()));
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(form(page));
    }

    private static ModelAndView<?> form(ProjectForm page) {
        return new ModelAndView<>("projects/form", Map.of("page", page));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
