package fi.mittari.context.web;

import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Event;
import fi.mittari.context.Participation;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingEvents;
import fi.mittari.context.web.ContextFormPosts.EventPost;
import fi.mittari.context.web.EventViews.EventList;
import fi.mittari.context.web.EventViews.EventRow;
import fi.mittari.context.web.EventViews.Problems;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events, all or one project's, and the form that adds one. */
@Controller("/staff/events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EventListController {

    private final Projects projects;
    private final RecordingEvents recording;
    private final EventModels models;
    private final PageLocale pageLocale;

    EventListController(Projects projects, RecordingEvents recording, EventModels models, PageLocale pageLocale) {
        this.projects = projects;
        this.recording = recording;
        this.models = models;
        this.pageLocale = pageLocale;
    }

    @Get
    HttpResponse<?> list(
            @Nullable @QueryValue String project, @Nullable @QueryValue Integer imported, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        Optional<Project> chosen = project == null || project.isBlank() ? Optional.empty() : projects.byCode(project);
        List<Event> events = chosen.map(projects::events).orElseGet(projects::events);
        Map<Long, Project> byId = models.projectsById();
        CodeNames regions = models.regions(texts);
        CodeNames types = models.eventTypes(texts);
        List<EventRow> rows = events.stream()
                .map(e -> new EventRow(
                        e.code(),
                        e.name(),
                        e.startsOn(),
                        e.endsOn(),
                        byId.containsKey(e.projectId())
                                ? byId.get(e.projectId()).name()
                                : "",
                        regions.name(e.regionCode()),
                        types.name(e.eventType()),
                        projects.participation(e).stream()
                                .mapToLong(Participation::participants)
                                .sum()))
                .toList();
        return HttpResponse.ok(new ModelAndView<>(
                "events/list",
                Map.of(
                        "page",
                        new EventList(
                                rows,
                                models.projectChoices(),
                                chosen.map(Project::code).orElse(""),
                                chosen.map(Project::name).orElse(""),
                                imported == null || imported < 0 ? 0 : imported))));
    }

    @Get("/new")
    HttpResponse<?> blank(@Nullable @QueryValue String project, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        EventDraft draft = new EventDraft("", project == null ? "" : project, "", "", "", "", "", "", "");
        return form(HttpStatus.OK, draft, Problems.NONE, texts);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body EventPost form, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        EventDraft draft = form.draft(form.code());
        Recorded<Event> outcome = recording.create(draft);
        if (outcome instanceof Recorded.Saved<Event> saved) {
            String code = URLEncoder.encode(saved.value().code(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/staff/events/" + code + "?saved=created"));
        }
        List<fi.mittari.context.FieldProblem> problems = outcome instanceof Recorded.Taken<Event> taken
                ? List.of(taken.problem())
                : ((Recorded.Refused<Event>) outcome).problems();
        return form(HttpStatus.UNPROCESSABLE_ENTITY, draft, EventModels.problems(problems, texts), texts);
    }

    private HttpResponse<?> form(HttpStatus status, EventDraft draft, Problems problems, EventTexts texts) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/form", Map.of("form", models.form(true, draft, problems, texts))));
    }
}
