package fi.mittari.context.web;

import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Event;
import fi.mittari.context.Participation;
import fi.mittari.context.ParticipationSource;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingEvents;
import fi.mittari.context.web.ContextFormPosts.EventPost;
import fi.mittari.context.web.EventViews.EventPage;
import fi.mittari.context.web.EventViews.ParticipationRow;
import fi.mittari.context.web.EventViews.Problems;
import fi.mittari.security.Roles;
import fi.mittari.web.ErrorPages;
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
import java.util.Objects;
import java.util.Set;

/** An event's staff page: its fields by name, who came with totals, and the form that changes the event. */
@Controller("/staff/events/{code}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EventPagesController {

    /** The notices a redirect may ask for; anything else shows none. */
    private static final Set<String> NOTICES = Set.of("created", "event", "participation");

    private final Projects projects;
    private final RecordingEvents recording;
    private final EventModels models;
    private final PageLocale pageLocale;
    private final ErrorPages errorPages;

    EventPagesController(
            Projects projects,
            RecordingEvents recording,
            EventModels models,
            PageLocale pageLocale,
            ErrorPages errorPages) {
        this.projects = projects;
        this.recording = recording;
        this.models = models;
        this.pageLocale = pageLocale;
        this.errorPages = errorPages;
    }

    @Get
    HttpResponse<?> show(String code, @Nullable @QueryValue String saved, HttpRequest<?> request) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return errorPages.notFound(request);
        }
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        Map<Long, String> organisations = models.organisationNames();
        CodeNames sectors = models.sectors(texts);
        CodeNames regions = models.regions(texts);
        List<Participation> stored = projects.participation(event.get());
        List<ParticipationRow> rows = stored.stream()
                .map(p -> new ParticipationRow(
                        p.organisationId() == null ? "" : organisations.getOrDefault(p.organisationId(), ""),
                        sectors.name(p.sectorCode()),
                        regions.name(p.regionCode()),
                        p.participants(),
                        p.source() == ParticipationSource.IMPORT))
                .toList();
        EventPage page = new EventPage(
                models.summary(event.get(), texts),
                rows,
                stored.stream().mapToLong(Participation::participants).sum(),
                stored.stream()
                        .map(Participation::organisationId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .count(),
                rows.stream().anyMatch(ParticipationRow::imported),
                saved != null && NOTICES.contains(saved) ? saved : "");
        return HttpResponse.ok(new ModelAndView<>("events/detail", Map.of("page", page)));
    }

    @Get("/edit")
    HttpResponse<?> edit(String code, HttpRequest<?> request) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return errorPages.notFound(request);
        }
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        return form(HttpStatus.OK, models.draft(event.get()), Problems.NONE, texts);
    }

    /** Changes everything but the code, which campaigns and imports name the event by. */
    @Post("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String code, @Body EventPost form, HttpRequest<?> request) {
        if (projects.event(code).isEmpty()) {
            return errorPages.notFound(request);
        }
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        EventDraft draft = form.draft(code);
        Recorded<Event> outcome = recording.change(code, draft);
        if (outcome instanceof Recorded.Refused<Event> refused) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, draft, EventModels.problems(refused.problems(), texts), texts);
        }
        return HttpResponse.seeOther(
                URI.create("/staff/events/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "?saved=event"));
    }

    private HttpResponse<?> form(HttpStatus status, EventDraft draft, Problems problems, EventTexts texts) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/form", Map.of("form", models.form(false, draft, problems, texts))));
    }
}
