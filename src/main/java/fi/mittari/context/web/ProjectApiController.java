package fi.mittari.context.web;

import fi.mittari.context.CoachedParticipant;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.Projects;
import fi.mittari.context.RecordingProjects;
import fi.mittari.context.web.ContextViews.GoalView;
import fi.mittari.context.web.ContextViews.ProjectView;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** Projects, their goals and their coached participants. */
@Controller("/api/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ProjectApiController {

    private final Projects projects;
    private final RecordingProjects recording;

    ProjectApiController(Projects projects, RecordingProjects recording) {
        this.projects = projects;
        this.recording = recording;
    }

    @Get
    List<ProjectView> list() {
        return projects.all().stream().map(ProjectView::of).toList();
    }

    @Post
    HttpResponse<?> create(@Body ProjectRequest request) {
        return Answers.created(
                recording.create(request.draft(request.code())),
                "The project was not created",
                ProjectView::of,
                p -> "/api/projects/" + p.code());
    }

    @Get("/{code}")
    HttpResponse<?> show(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(ProjectView.of(p)))
                .orElseGet(() -> notFound(code));
    }

    /** Changes everything but the code; fields left out are cleared. */
    @Put("/{code}")
    HttpResponse<?> change(String code, @Body ProjectRequest request) {
        return Answers.changed(
                recording.change(code, request.draft(code)), "The project was not changed", ProjectView::of);
    }

    @Get("/{code}/goals")
    HttpResponse<?> goals(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(
                        projects.goals(p).stream().map(GoalView::of).toList()))
                .orElseGet(() -> notFound(code));
    }

    /** Replaces the whole list of goals, in the order given. */
    @Put("/{code}/goals")
    HttpResponse<?> replaceGoals(String code, @Body List<GoalRequest> goals) {
        List<GoalDraft> drafts = goals.stream().map(GoalRequest::draft).toList();
        return Answers.changed(
                recording.replaceGoals(code, drafts),
                "The goals were not changed",
                saved -> saved.stream().map(GoalView::of).toList());
    }

    @Get("/{code}/coached-participants")
    HttpResponse<?> coached(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(new Coached(projects.coached(p).stream()
                        .map(CoachedParticipant::pseudonym)
                        .toList())))
                .orElseGet(() -> notFound(code));
    }

    /** Adds pseudonyms; those the project has already (or the list repeats) are reported, not stored twice. */
    @Post("/{code}/coached-participants")
    HttpResponse<?> addCoached(String code, @Body Coached request) {
        var outcome = recording.addCoached(code, request.pseudonyms() == null ? List.of() : request.pseudonyms());
        return Answers.changed(
                outcome,
                "No coached participants were added",
                added -> new CoachedAdded(added.added(), added.duplicates()));
    }

    private static HttpResponse<?> notFound(String code) {
        return HttpResponse.notFound(ApiProblem.of("No project with code '" + code + "'"));
    }

    @Serdeable
    record ProjectRequest(
            @Nullable String code,
            @Nullable String name,
            @Nullable String funder,
            @Nullable String grantId,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String description) {

        ProjectDraft draft(String codeOfProject) {
            return new ProjectDraft(codeOfProject, name, funder, grantId, startsOn, endsOn, description);
        }
    }

    @Serdeable
    record GoalRequest(
            @Nullable String description,
            @Nullable String indicator,
            @Nullable BigDecimal target,
            @Nullable BigDecimal baseline) {

        GoalDraft draft() {
            return new GoalDraft(description, indicator, Answers.text(target), Answers.text(baseline));
        }
    }

    @Serdeable
    record Coached(@Nullable List<String> pseudonyms) {}

    @Serdeable
    record CoachedAdded(List<String> added, List<String> duplicates) {}
}
