package fi.mittari.context.web;

import fi.mittari.DuplicateKey;
import fi.mittari.context.CoachedParticipant;
import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.Projects;
import fi.mittari.context.RecordingCoached;
import fi.mittari.context.RecordingGoals;
import fi.mittari.context.RecordingProjects;
import fi.mittari.context.web.ContextViews.GoalView;
import fi.mittari.context.web.ContextViews.ProjectView;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Projects, their goals and their coached participants. */
@ApiErrors
@Controller("/api/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ProjectApiController {

    private final Projects projects;
    private final RecordingProjects recording;
    private final RecordingGoals goals;
    private final RecordingCoached coached;

    ProjectApiController(
            Projects projects, RecordingProjects recording, RecordingGoals goals, RecordingCoached coached) {
        this.projects = projects;
        this.recording = recording;
        this.goals = goals;
        this.coached = coached;
    }

    @Get
    List<ProjectView> list() {
        return projects.all().stream().map(ProjectView::of).toList();
    }

    @Post
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ContextViews.ProjectView.class)))
    HttpResponse<?> create(@Body ProjectRequest request) {
        return Answers.created(
                recording.create(request.draft(request.code())),
                "The project was not created",
                ProjectView::of,
                p -> "/api/projects/" + p.code());
    }

    @Get("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ContextViews.ProjectView.class)))
    HttpResponse<?> show(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(ProjectView.of(p)))
                .orElseGet(() -> notFound(code));
    }

    /** Changes everything but the code; fields left out are cleared. */
    @Put("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ContextViews.ProjectView.class)))
    HttpResponse<?> change(String code, @Body ProjectRequest request) {
        return Answers.changed(
                recording.change(code, request.draft(code)), "The project was not changed", ProjectView::of);
    }

    @Get("/{code}/goals")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = GoalView.class))))
    HttpResponse<?> goals(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(
                        projects.goals(p).stream().map(GoalView::of).toList()))
                .orElseGet(() -> notFound(code));
    }

    /** Replaces the whole list of goals, in the order given; a share's baseline and target are fractions 0–1. */
    @Put("/{code}/goals")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = GoalView.class))))
    HttpResponse<?> replaceGoals(String code, @Body List<GoalRequest> request) {
        List<GoalDraft> drafts = request.stream().map(GoalRequest::draft).toList();
        return Answers.changed(goals.replace(code, drafts), "The goals were not changed", saved -> saved.stream()
                .map(GoalView::of)
                .toList());
    }

    @Get("/{code}/coached-participants")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CoachedList.class)))
    HttpResponse<?> coached(String code) {
        return projects.byCode(code)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(CoachedList.of(projects.coached(p))))
                .orElseGet(() -> notFound(code));
    }

    /**
     * Adds coached participants, as {@code pseudonyms} or (taking precedence) as {@code participants} with their
     * dates; those the project
     * has already (or the request repeats, in any case) are reported, not stored twice. A twin request adding the
     * same pseudonym at the same moment gets 409.
     */
    @Post("/{code}/coached-participants")
    @ApiResponse(
            responseCode = "200",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CoachedAdded.class)))
    HttpResponse<?> addCoached(String code, @Body Coached request) {
        try {
            return Answers.changed(
                    request.participants() == null
                            ? coached.addPseudonyms(
                                    code, request.pseudonyms() == null ? List.of() : request.pseudonyms())
                            : coached.add(code, request.drafts()),
                    "No coached participants were added",
                    added -> new CoachedAdded(added.added(), added.duplicates()));
        } catch (RuntimeException e) {
            if (DuplicateKey.causedBy(e)) {
                return HttpResponse.status(HttpStatus.CONFLICT)
                        .body(ApiProblem.of("Another request added one of these pseudonyms at the same moment; send"
                                + " the request again"));
            }
            throw e;
        }
    }

    /** Changes a coached participant's coaching dates; dates left out are cleared. */
    @Put("/{code}/coached-participants/{pseudonym}")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = CoachedView.class)))
    HttpResponse<?> changeCoached(String code, String pseudonym, @Body CoachedDates dates) {
        return Answers.changed(
                coached.changeDates(code, pseudonym, dates.startedOn(), dates.endedOn()),
                "The coached participant was not changed",
                CoachedView::of);
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
    record Coached(@Nullable List<String> pseudonyms, @Nullable List<CoachedView> participants) {

        List<CoachedDraft> drafts() {
            return participants.stream()
                    .map(p -> p == null
                            ? CoachedDraft.of("")
                            : new CoachedDraft(p.pseudonym(), p.startedOn(), p.endedOn()))
                    .toList();
        }
    }

    /** A coached participant with the coaching's dates ({@code YYYY-MM-DD}, either may be absent). */
    @Serdeable
    record CoachedView(@Nullable String pseudonym, @Nullable String startedOn, @Nullable String endedOn) {

        static CoachedView of(CoachedParticipant c) {
            return new CoachedView(c.pseudonym(), text(c.startedOn()), text(c.endedOn()));
        }

        private static String text(@Nullable LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** The project's pseudonyms, and the same participants with their dates. */
    @Serdeable
    record CoachedList(List<String> pseudonyms, List<CoachedView> participants) {

        static CoachedList of(List<CoachedParticipant> coached) {
            return new CoachedList(
                    coached.stream().map(CoachedParticipant::pseudonym).toList(),
                    coached.stream().map(CoachedView::of).toList());
        }
    }

    @Serdeable
    record CoachedDates(@Nullable String startedOn, @Nullable String endedOn) {}

    @Serdeable
    record CoachedAdded(List<String> added, List<String> duplicates) {}
}
