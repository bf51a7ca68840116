package fi.mittari.context.web;

import static fi.mittari.context.web.FormFields.orEmpty;
import static fi.mittari.context.web.FormFields.text;

import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.Event;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Organisation;
import fi.mittari.context.Organisations;
import fi.mittari.context.ParticipationSource;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingEvents;
import fi.mittari.context.web.ContextPages.CountLine;
import fi.mittari.context.web.ContextPages.CountsTable;
import fi.mittari.context.web.ContextPages.Errors;
import fi.mittari.context.web.ContextPages.EventForm;
import fi.mittari.context.web.ContextPages.EventPage;
import fi.mittari.context.web.ContextPages.Option;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An event's staff page: its fields, and who came entered as counts in a table, one line per sector and region (and
 * organisation); a blank last line adds one, so no script is needed.
 */
@Controller("/staff/events/{code}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EventPagesController {

    private static final Pattern CELL = Pattern.compile("participation\\[(\\d+)]\\.(\\w+)");

    private final Projects projects;
    private final RecordingEvents recording;
    private final Organisations organisations;
    private final CodeLists codeLists;

    EventPagesController(
            Projects projects, RecordingEvents recording, Organisations organisations, CodeLists codeLists) {
        this.projects = projects;
        this.recording = recording;
        this.organisations = organisations;
        this.codeLists = codeLists;
    }

    @Get
    HttpResponse<?> show(String code, @Nullable @io.micronaut.http.annotation.QueryValue String saved) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return HttpResponse.notFound("No event with code '" + code + "'");
        }
        return page(HttpStatus.OK, form(event.get()), storedCounts(event.get(), Errors.NONE), saved != null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String code, @Nullable @Body Map<String, Object> form) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return HttpResponse.notFound("No event with code '" + code + "'");
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        EventDraft draft = new EventDraft(
                code,
                text(fields, "project"),
                text(fields, "name"),
                text(fields, "startsOn"),
                text(fields, "endsOn"),
                text(fields, "region"),
                text(fields, "eventType"),
                text(fields, "theme"));
        Recorded<Event> outcome = recording.change(code, draft);
        if (outcome instanceof Recorded.Refused<Event> refused) {
            return page(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    form(draft, new Errors(refused.problems())),
                    storedCounts(event.get(), Errors.NONE),
                    false);
        }
        return HttpResponse.seeOther(URI.create("/staff/events/" + code + "?saved=event"));
    }

    /** Replaces the event's counted participation with the table's lines; blank lines are skipped. */
    @Post("/participation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> counts(String code, @Nullable @Body Map<String, Object> form) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return HttpResponse.notFound("No event with code '" + code + "'");
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        List<CountLine> typed = new ArrayList<>();
        for (int i = 0; fields.containsKey("participants-" + i); i++) {
            CountLine line = new CountLine(
                    i,
                    text(fields, "sector-" + i),
                    text(fields, "region-" + i),
                    text(fields, "organisation-" + i),
                    text(fields, "participants-" + i));
            if (!(line.sector() + line.region() + line.organisation() + line.participants()).isEmpty()) {
                typed.add(new CountLine(
                        typed.size(), line.sector(), line.region(), line.organisation(), line.participants()));
            }
        }
        var outcome = recording.replaceParticipation(
                code,
                ParticipationSource.COUNTS,
                typed.stream()
                        .map(l -> new ParticipationLine(l.sector(), l.region(), l.organisation(), l.participants()))
                        .toList());
        if (outcome instanceof Recorded.Refused<?> refused) {
            List<FieldProblem> problems = refused.problems().stream()
                    .map(EventPagesController::inTable)
                    .toList();
            List<CountLine> lines = new ArrayList<>(typed);
            lines.add(new CountLine(lines.size(), "", "", "", ""));
            return page(HttpStatus.UNPROCESSABLE_ENTITY, form(event.get()), table(lines, new Errors(problems)), false);
        }
        return HttpResponse.seeOther(URI.create("/staff/events/" + code + "?saved=participation"));
    }

    /** participation[1].sector becomes the cell sector-1, and its message says "line 2, sector". */
    private static FieldProblem inTable(FieldProblem problem) {
        Matcher cell = CELL.matcher(problem.field());
        if (!cell.matches()) {
            return problem;
        }
        int line = Integer.parseInt(cell.group(1));
        return new FieldProblem(
                cell.group(2) + "-" + line, "line " + (line + 1) + ", " + cell.group(2) + ": " + problem.message());
    }

    private HttpResponse<?> page(HttpStatus status, EventForm form, CountsTable counts, boolean saved) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/detail", Map.of("page", new EventPage(form, counts, saved))));
    }

    private EventForm form(Event e) {
        String project = projects.byId(e.projectId()).map(Project::code).orElse("");
        return form(
                new EventDraft(
                        e.code(),
                        project,
                        e.name(),
                        e.startsOn().toString(),
                        e.endsOn().toString(),
                        orEmpty(e.regionCode()),
                        e.eventType(),
                        orEmpty(e.theme())),
                Errors.NONE);
    }

    private EventForm form(EventDraft d, Errors errors) {
        return new EventForm(
                d.code(),
                d.project(),
                d.name(),
                d.startsOn(),
                d.endsOn(),
                d.region(),
                d.eventType(),
                d.theme(),
                Option.of(codeLists.active(ContextRules.REGION)),
                Option.of(codeLists.active(ContextRules.EVENT_TYPE)),
                errors);
    }

    private CountsTable storedCounts(Event event, Errors errors) {
        Map<Long, String> names =
                organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<CountLine> lines = new ArrayList<>();
        projects.participation(event).stream()
                .filter(p -> p.source() == ParticipationSource.COUNTS)
                .forEach(p -> lines.add(new CountLine(
                        lines.size(),
                        orEmpty(p.sectorCode()),
                        orEmpty(p.regionCode()),
                        p.organisationId() == null ? "" : names.getOrDefault(p.organisationId(), ""),
                        String.valueOf(p.participants()))));
        lines.add(new CountLine(lines.size(), "", "", "", ""));
        return table(lines, errors);
    }

    private CountsTable table(List<CountLine> lines, Errors errors) {
        return new CountsTable(
                lines,
                Option.of(codeLists.active(ContextRules.SECTOR)),
                Option.of(codeLists.active(ContextRules.REGION)),
                errors);
    }
}
