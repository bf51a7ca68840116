package fi.mittari.context;

import fi.mittari.context.ContextRules.EventFields;
import fi.mittari.context.ContextRules.LineFields;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.persistence.EventRepository;
import fi.mittari.context.persistence.OrganisationRepository;
import fi.mittari.context.persistence.ParticipationRepository;
import fi.mittari.context.persistence.ProjectRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates and changes events, and records who came to them as counts. */
@Singleton
public class RecordingEvents {

    private final EventRepository events;
    private final ProjectRepository projects;
    private final OrganisationRepository organisations;
    private final ParticipationRepository participation;
    private final CodeLists codes;
    private final Clock clock;

    RecordingEvents(
            EventRepository events,
            ProjectRepository projects,
            OrganisationRepository organisations,
            ParticipationRepository participation,
            CodeLists codes,
            Clock clock) {
        this.events = events;
        this.projects = projects;
        this.organisations = organisations;
        this.participation = participation;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public Recorded<Event> create(EventDraft draft) {
        Fields fields = new Fields(codes);
        Optional<Event> event = check(draft, fields, null, clock.instant());
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        if (events.existsByCode(event.get().code())) {
            return new Recorded.Taken<>(
                    new FieldProblem("code", "'" + event.get().code() + "' is already in use"));
        }
        return new Recorded.Saved<>(events.save(event.get()));
    }

    /** Changes everything but the code, which campaigns and participation imports name the event by. */
    @Transactional
    public Recorded<Event> change(String code, EventDraft draft) {
        Optional<Event> existing = events.findByCode(code);
        if (existing.isEmpty()) {
            return new Recorded.Missing<>("No event with code '" + code + "'");
        }
        Fields fields = new Fields(codes);
        EventDraft sameCode = new EventDraft(
                code,
                draft.project(),
                draft.name(),
                draft.startsOn(),
                draft.endsOn(),
                draft.region(),
                draft.eventType(),
                draft.theme(),
                draft.network());
        Optional<Event> event =
                check(sameCode, fields, existing.get().id(), existing.get().createdAt());
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        return new Recorded.Saved<>(events.update(event.get()));
    }

    /** The event the draft describes, or empty with the reasons in {@code fields}. */
    Optional<Event> check(EventDraft draft, Fields fields, Long id, Instant createdAt) {
        EventFields checked = ContextRules.event(draft, fields);
        Optional<Project> project =
                checked.project().isEmpty() ? Optional.empty() : projects.findByCode(checked.project());
        if (!checked.project().isEmpty() && project.isEmpty()) {
            fields.problem("project", "no project with code '" + checked.project() + "'");
        }
        if (!fields.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Event(
                id,
                checked.code(),
                project.get().id(),
                checked.name(),
                checked.startsOn().get(),
                checked.endsOn().get(),
                checked.region().orElse(null),
                checked.eventType().get(),
                checked.theme().orElse(null),
                createdAt,
                checked.network().orElse(null)));
    }

    /** Replaces the event's rows of {@code source} with {@code lines}; all of them, or none with every problem. */
    @Transactional
    public Recorded<List<Participation>> replaceParticipation(
            String eventCode, ParticipationSource source, List<ParticipationLine> lines) {
        Optional<Event> event = events.findByCode(eventCode);
        if (event.isEmpty()) {
            return new Recorded.Missing<>("No event with code '" + eventCode + "'");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Participation> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Fields fields = new Fields("participation[" + i + "].", codes);
            line(event.get(), source, lines.get(i), fields).ifPresent(rows::add);
            problems.addAll(fields.problems());
        }
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        participation.deleteByEventIdAndSource(event.get().id(), source);
        return new Recorded.Saved<>(rows.stream().map(participation::save).toList());
    }

    /** One participation row, or empty with the reasons in {@code fields}. */
    Optional<Participation> line(Event event, ParticipationSource source, ParticipationLine line, Fields fields) {
        LineFields checked = ContextRules.line(line, fields);
        Optional<Organisation> organisation = checked.organisation().flatMap(organisations::findByName);
        if (checked.organisation().isPresent() && organisation.isEmpty()) {
            fields.problem(
                    "organisation",
                    "no organisation named '" + checked.organisation().get() + "'");
        }
        if (!fields.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Participation(
                null,
                event.id(),
                source,
                checked.sector().orElse(null),
                checked.region().orElse(null),
                organisation.map(Organisation::id).orElse(null),
                checked.participants(),
                clock.instant()));
    }
}
