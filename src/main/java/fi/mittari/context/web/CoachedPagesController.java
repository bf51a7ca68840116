package fi.mittari.context.web;

import fi.mittari.context.CoachedParticipant;
import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingCoached;
import fi.mittari.context.web.ContextFormPosts.CoachedPost;
import fi.mittari.context.web.ProjectViews.CoachedForm;
import fi.mittari.context.web.ProjectViews.CoachedPage;
import fi.mittari.context.web.ProjectViews.FormErrors;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A project's coached participants in the browser: added on the project's page, their dates changed on their own. */
@Controller("/staff/projects/{code}/coached")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class CoachedPagesController {

    private final Projects projects;
    private final RecordingCoached coached;
    private final ProjectPages pages;
    private final PageLocale locale;

    CoachedPagesController(Projects projects, RecordingCoached coached, ProjectPages pages, PageLocale locale) {
        this.projects = projects;
        this.coached = coached;
        this.pages = pages;
        this.locale = locale;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(String code, @Body CoachedPost form, HttpRequest<?> request) {
        Optional<Project> project = projects.byCode(code);
        if (project.isEmpty()) {
            return HttpResponse.notFound();
        }
        CoachedDraft draft = form.draft(form.pseudonym());
        Recorded<CoachedParticipant> outcome = coached.addOne(code, draft);
        if (outcome instanceof Recorded.Saved<CoachedParticipant>) {
            return ProjectPagesController.seeProject(code);
        }
        String language = locale.of(request).getLanguage();
        var page = pages.detail(
                project.get(),
                language,
                pages.emptyGoal(language),
                form(draft, ProjectPagesController.problems(outcome)));
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("projects/detail", Map.of("page", page)));
    }

    @Get("/{pseudonym}")
    HttpResponse<?> show(String code, String pseudonym) {
        Optional<Project> project = projects.byCode(code);
        Optional<CoachedParticipant> participant = project.flatMap(p -> projects.coached(p).stream()
                .filter(c -> c.pseudonym().equalsIgnoreCase(pseudonym))
                .findFirst());
        if (participant.isEmpty()) {
            return HttpResponse.notFound();
        }
        CoachedParticipant c = participant.get();
        var form = new CoachedForm(
                c.pseudonym(),
                c.startedOn() == null ? "" : c.startedOn().toString(),
                c.endedOn() == null ? "" : c.endedOn().toString(),
                FormErrors.NONE);
        return HttpResponse.ok(page(project.get(), form));
    }

    @Post("/{pseudonym}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String code, String pseudonym, @Body CoachedPost form) {
        CoachedDraft draft = form.draft(pseudonym);
        Recorded<CoachedParticipant> outcome = coached.changeDates(code, pseudonym, draft.startedOn(), draft.endedOn());
        if (outcome instanceof Recorded.Saved<CoachedParticipant>) {
            return ProjectPagesController.seeProject(code);
        }
        Optional<Project> project = projects.byCode(code);
        if (outcome instanceof Recorded.Missing<CoachedParticipant> || project.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(project.get(), form(draft, ProjectPagesController.problems(outcome))));
    }

    private static ModelAndView<?> page(Project project, CoachedForm form) {
        return new ModelAndView<>(
                "projects/coached", Map.of("page", new CoachedPage(ProjectSummary.of(project), form)));
    }

    private static CoachedForm form(CoachedDraft draft, List<FieldProblem> problems) {
        return new CoachedForm(
                draft.pseudonym(),
                draft.startedOn(),
                draft.endedOn(),
                FormErrors.of(problems, "projects.coached.field.", "projects", "c-", Set.of()));
    }
}
