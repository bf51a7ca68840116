package fi.mittari.context.web;

import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.Event;
import fi.mittari.context.Organisation;
import fi.mittari.context.Organisations;
import fi.mittari.context.Participation;
import fi.mittari.context.ParticipationSource;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.RecordingEvents;
import fi.mittari.context.web.ContextViews.EventView;
import fi.mittari.context.web.ContextViews.ParticipationView;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Events and who came to them. */
@ApiErrors
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EventApiController {

    private final Projects projects;
    private final RecordingEvents recording;
    private final Organisations organisations;

    EventApiController(Projects projects, RecordingEvents recording, Organisations organisations) {
        this.projects = projects;
        this.recording = recording;
        this.organisations = organisations;
    }

    /** All events, or a project's. */
    @Get
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ContextViews.EventView.class))))
    HttpResponse<?> list(@Nullable @QueryValue String project) {
        if (project == null) {
            return HttpResponse.ok(projects.events().stream().map(this::view).toList());
        }
        return projects.byCode(project)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(projects.events(p).stream()
                        .map(e -> EventView.of(e, p.code()))
                        .toList()))
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No project with code '" + project + "'")));
    }

    @Post
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ContextViews.EventView.class)))
    HttpResponse<?> create(@Body EventRequest request) {
        return Answers.created(
                recording.create(request.draft(request.code())),
                "The event was not created",
                this::view,
                e -> "/api/events/" + e.code());
    }

    @Get("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ContextViews.EventView.class)))
    HttpResponse<?> show(String code) {
        return projects.event(code)
                .<HttpResponse<?>>map(e -> HttpResponse.ok(view(e)))
                .orElseGet(() -> notFound(code));
    }

    /** Changes everything but the code; fields left out are cleared or refused. */
    @Put("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ContextViews.EventView.class)))
    HttpResponse<?> change(String code, @Body EventRequest request) {
        return Answers.changed(recording.change(code, request.draft(code)), "The event was not changed", this::view);
    }

    /** All participation rows of the event, counted and imported. */
    @Get("/{code}/participation")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ParticipationView.class))))
    HttpResponse<?> participation(String code) {
        return projects.event(code)
                .<HttpResponse<?>>map(e -> HttpResponse.ok(participationViews(projects.participation(e))))
                .orElseGet(() -> notFound(code));
    }

    /** Replaces the event's counted rows (source COUNTS); imported rows stay. */
    @Put("/{code}/participation")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ParticipationView.class))))
    HttpResponse<?> replaceCounts(String code, @Body List<LineRequest> lines) {
        return Answers.changed(
                recording.replaceParticipation(
                        code,
                        ParticipationSource.COUNTS,
                        lines.stream().map(LineRequest::line).toList()),
                "The participation was not changed",
                this::participationViews);
    }

    private List<ParticipationView> participationViews(List<Participation> rows) {
        Map<Long, String> names =
                organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        return rows.stream()
                .map(p -> ParticipationView.of(p, p.organisationId() == null ? null : names.get(p.organisationId())))
                .toList();
    }

    private EventView view(Event event) {
        return EventView.of(
                event, projects.byId(event.projectId()).map(Project::code).orElse(""));
    }

    private static HttpResponse<?> notFound(String code) {
        return HttpResponse.notFound(ApiProblem.of("No event with code '" + code + "'"));
    }

    @Serdeable
    record EventRequest(
            @Nullable String code,
            @Nullable String project,
            @Nullable String name,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String region,
            @Nullable String eventType,
            @Nullable String theme,
            @Nullable String network) {

        EventDraft draft(String codeOfEvent) {
            return new EventDraft(codeOfEvent, project, name, startsOn, endsOn, region, eventType, theme, network);
        }
    }

    @Serdeable
    record LineRequest(
            @Nullable String sector,
            @Nullable String region,
            @Nullable String organisation,
            @Nullable BigDecimal participants) {

        ParticipationLine line() {
            return new ParticipationLine(sector, region, organisation, Answers.text(participants));
        }
    }
}
