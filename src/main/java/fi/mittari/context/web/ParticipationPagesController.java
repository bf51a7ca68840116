package fi.mittari.context.web;

import static fi.mittari.context.web.FormFields.text;

import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.Event;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.ParticipationSource;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingEvents;
import fi.mittari.context.web.EventViews.CountLine;
import fi.mittari.context.web.EventViews.CountsForm;
import fi.mittari.context.web.EventViews.Problem;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The participation staff count themselves, as a table of lines: a blank last line adds a row, a ticked "remove" or
 * an emptied line removes one, and "add a line" gives another blank line; no script is needed. Imported rows are kept
 * apart and replaced only by the next import.
 */
@Controller("/staff/events/{code}/participation")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ParticipationPagesController {

    private static final Pattern CELL = Pattern.compile("participation\\[(\\d+)]\\.(\\w+)");

    private final Projects projects;
    private final RecordingEvents recording;
    private final EventModels models;
    private final PageLocale pageLocale;
    private final ErrorPages errorPages;

    ParticipationPagesController(
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
    HttpResponse<?> show(String code, HttpRequest<?> request) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return errorPages.notFound(request);
        }
        Map<Long, String> organisations = models.organisationNames();
        List<CountLine> lines = new ArrayList<>();
        projects.participation(event.get()).stream()
                .filter(p -> p.source() == ParticipationSource.COUNTS)
                .forEach(p -> lines.add(new CountLine(
                        lines.size(),
                        p.sectorCode() == null ? "" : p.sectorCode(),
                        p.regionCode() == null ? "" : p.regionCode(),
                        p.organisationId() == null ? "" : organisations.getOrDefault(p.organisationId(), ""),
                        String.valueOf(p.participants()))));
        return page(HttpStatus.OK, event.get(), withBlank(lines), Problems.NONE, request);
    }

    /** Saves the lines, or with {@code action=add} shows them again with one more blank line, unsaved. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the count lines' fields are named by their line (sector-0, participants-0, remove-0, ...).
    HttpResponse<?> save(String code, @Nullable @Body Map<String, Object> form, HttpRequest<?> request) {
        var event = projects.event(code);
        if (event.isEmpty()) {
            return errorPages.notFound(request);
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        List<CountLine> typed = typedLines(fields);
        if ("add".equals(text(fields, "action"))) {
            List<CountLine> lines = withBlank(typed);
            lines.add(new CountLine(lines.size(), "", "", "", ""));
            return page(HttpStatus.OK, event.get(), lines, Problems.NONE, request);
        }
        var outcome = recording.replaceParticipation(
                code,
                ParticipationSource.COUNTS,
                typed.stream()
                        .map(l -> new ParticipationLine(l.sector(), l.region(), l.organisation(), l.participants()))
                        .toList());
        if (outcome instanceof Recorded.Refused<?> refused) {
            EventTexts texts = EventTexts.of(pageLocale.of(request));
            Problems problems = new Problems(
                    refused.problems().stream().map(p -> inTable(p, texts)).toList());
            return page(HttpStatus.UNPROCESSABLE_ENTITY, event.get(), withBlank(typed), problems, request);
        }
        return HttpResponse.seeOther(URI.create(
                "/staff/events/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "?saved=participation"));
    }

    /** The lines as posted, renumbered, without blank lines and lines ticked for removal. */
    private static List<CountLine> typedLines(Map<String, Object> fields) {
        List<CountLine> typed = new ArrayList<>();
        for (int i = 0; fields.containsKey("participants-" + i); i++) {
            String sector = text(fields, "sector-" + i);
            String region = text(fields, "region-" + i);
            String organisation = text(fields, "organisation-" + i);
            String participants = text(fields, "participants-" + i);
            boolean blank = (sector + region + organisation + participants).isEmpty();
            if (!blank && text(fields, "remove-" + i).isEmpty()) {
                typed.add(new CountLine(typed.size(), sector, region, organisation, participants));
            }
        }
        return typed;
    }

    private static List<CountLine> withBlank(List<CountLine> lines) {
        List<CountLine> all = new ArrayList<>(lines);
        all.add(new CountLine(all.size(), "", "", "", ""));
        return all;
    }

    /** participation[1].sector is the cell sector-1, labelled "line 2: sector". */
    private static Problem inTable(FieldProblem problem, EventTexts texts) {
        Matcher cell = CELL.matcher(problem.field());
        String message = texts.problem(problem.message());
        if (!cell.matches()) {
            return new Problem(problem.field(), texts.label(problem.field()), message);
        }
        int line = Integer.parseInt(cell.group(1));
        String field = cell.group(2);
        return new Problem(field + "-" + line, texts.get("events.counts.cell", line + 1, texts.label(field)), message);
    }

    private HttpResponse<?> page(
            HttpStatus status, Event event, List<CountLine> lines, Problems problems, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        CountsForm form = new CountsForm(
                models.summary(event, texts),
                lines,
                models.sectors(texts).choices(),
                models.regions(texts).choices(),
                models.organisationChoices(),
                problems);
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/participation", Map.of("form", form)));
    }
}
