package fi.mittari.context.web;

import static fi.mittari.context.web.FormFields.orEmpty;
import static fi.mittari.context.web.FormFields.text;

import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingProjects;
import fi.mittari.context.web.ContextPages.Errors;
import fi.mittari.context.web.ContextPages.EventRow;
import fi.mittari.context.web.ContextPages.GoalRow;
import fi.mittari.context.web.ContextPages.ProjectDetail;
import fi.mittari.context.web.ContextPages.ProjectForm;
import fi.mittari.context.web.ContextPages.ProjectList;
import fi.mittari.context.web.ContextPages.ProjectRow;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
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
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Staff pages for projects: the list, a new project, and a project with its goals, events and coached count. */
@Controller("/staff/projects")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ProjectPagesController {

    private final Projects projects;
    private final RecordingProjects recording;

    ProjectPagesController(Projects projects, RecordingProjects recording) {
        this.projects = projects;
        this.recording = recording;
    }

    @Get
    ModelAndView<?> list() {
        var rows = projects.all().stream().map(ProjectPagesController::row).toList();
        return new ModelAndView<>("projects/list", Map.of("page", new ProjectList(rows)));
    }

    @Get("/new")
    ModelAndView<?> newProject() {
        return new ModelAndView<>(
                "projects/form", Map.of("page", new ProjectForm("", "", "", "", "", "", "", Errors.NONE)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable @Body Map<String, Object> form) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        ProjectDraft draft = new ProjectDraft(
                text(fields, "code"),
                text(fields, "name"),
                text(fields, "funder"),
                text(fields, "grantId"),
                text(fields, "startsOn"),
                text(fields, "endsOn"),
                text(fields, "description"));
        Recorded<Project> outcome = recording.create(draft);
        if (outcome instanceof Recorded.Saved<Project> saved) {
            return HttpResponse.seeOther(
                    URI.create("/staff/projects/" + saved.value().code()));
        }
        Errors errors = new Errors(
                outcome instanceof Recorded.Taken<Project> taken
                        ? List.of(taken.problem())
                        : ((Recorded.Refused<Project>) outcome).problems());
        var page = new ProjectForm(
                draft.code(),
                draft.name(),
                draft.funder(),
                draft.grantId(),
                draft.startsOn(),
                draft.endsOn(),
                draft.description(),
                errors);
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("projects/form", Map.of("page", page)));
    }

    @Get("/{code}")
    HttpResponse<?> show(String code) {
        var project = projects.byCode(code);
        if (project.isEmpty()) {
            return HttpResponse.notFound("No project with code '" + code + "'");
        }
        Project p = project.get();
        var goals = projects.goals(p).stream()
                .map(g -> new GoalRow(
                        g.position(),
                        g.description(),
                        orEmpty(g.indicatorCode()),
                        g.targetValue() == null
                                ? ""
                                : g.targetValue().stripTrailingZeros().toPlainString(),
                        g.baselineValue() == null
                                ? ""
                                : g.baselineValue().stripTrailingZeros().toPlainString()))
                .toList();
        var events = projects.events(p).stream()
                .map(e -> new EventRow(
                        e.code(), e.name(), period(e.startsOn(), e.endsOn()), orEmpty(e.regionCode()), e.eventType()))
                .toList();
        var page = new ProjectDetail(
                row(p), orEmpty(p.grantId()), orEmpty(p.description()), goals, events, projects.coachedCount(p));
        return HttpResponse.ok(new ModelAndView<>("projects/detail", Map.of("page", page)));
    }

    private static ProjectRow row(Project p) {
        return new ProjectRow(p.code(), p.name(), p.funder(), period(p.startsOn(), p.endsOn()));
    }

    static String period(@Nullable java.time.LocalDate starts, @Nullable java.time.LocalDate ends) {
        if (starts == null && ends == null) {
            return "";
        }
        if (starts != null && starts.equals(ends)) {
            return starts.toString();
        }
        return orEmpty(starts) + " – " + orEmpty(ends);
    }
}
