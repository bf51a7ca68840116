package fi.mittari.context;

import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.persistence.EventRepository;
import fi.mittari.context.persistence.ParticipationRepository;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Events and participation from an uploaded sheet: every row stored in one transaction, or none with every bad row
 * and column listed. A participation import replaces the IMPORT rows of each event it names.
 */
@Singleton
public class ImportingContext {

    public static final List<String> EVENT_COLUMNS =
            List.of("code", "project", "name", "starts_on", "ends_on", "region", "event_type", "theme");
    /** Columns an events file may leave out: the regional network (an event of none leaves the cell empty). */
    public static final List<String> EVENT_OPTIONAL_COLUMNS = List.of("network");

    public static final List<String> PARTICIPATION_COLUMNS =
            List.of("event", "sector", "region", "organisation", "participants");

    /** Problem fields of the rules, as the columns of a file name them. */
    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("startsOn", "starts_on", "endsOn", "ends_on", "eventType", "event_type");

    private final RecordingEvents recording;
    private final EventRepository events;
    private final ParticipationRepository participation;
    private final CodeLists codes;
    private final Clock clock;

    ImportingContext(
            RecordingEvents recording,
            EventRepository events,
            ParticipationRepository participation,
            CodeLists codes,
            Clock clock) {
        this.recording = recording;
        this.events = events;
        this.participation = participation;
        this.codes = codes;
        this.clock = clock;
    }

    /** Checks every row and stores the events, all of them or none. */
    @Transactional
    public ImportOutcome importEvents(ResponseSheet sheet) {
        return store(planEvents(sheet));
    }

    /** Checks every row and replaces the imported participation of each event the sheet names, or stores nothing. */
    @Transactional
    public ImportOutcome importParticipation(ResponseSheet sheet) {
        return store(planParticipation(sheet));
    }

    /** What {@link #importEvents} would store now, without storing it. */
    @Transactional(readOnly = true)
    public ImportPlan.Events planEvents(ResponseSheet sheet) {
        List<ImportProblem> problems = header(sheet, EVENT_COLUMNS, EVENT_OPTIONAL_COLUMNS);
        if (!problems.isEmpty()) {
            return new ImportPlan.Events(List.of(), sheet.rows().size(), problems);
        }
        Map<String, Integer> column = columns(sheet);
        Set<String> codesInFile = new HashSet<>();
        List<Event> checked = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Fields fields = new Fields(codes);
            EventDraft draft = new EventDraft(
                    cell(row, column, "code"),
                    cell(row, column, "project"),
                    cell(row, column, "name"),
                    cell(row, column, "starts_on"),
                    cell(row, column, "ends_on"),
                    cell(row, column, "region"),
                    cell(row, column, "event_type"),
                    cell(row, column, "theme"),
                    column.containsKey("network") ? cell(row, column, "network") : "");
            Optional<Event> event = recording.check(draft, fields, null, clock.instant());
            String code = draft.code().strip();
            if (!code.isEmpty() && !codesInFile.add(code)) {
                fields.problem("code", "'" + code + "' is in the file twice");
            } else if (!code.isEmpty() && events.existsByCode(code)) {
                fields.problem("code", "'" + code + "' is already an event");
            }
            problems.addAll(rowProblems(sheet, row, fields));
            event.filter(e -> fields.ok()).ifPresent(checked::add);
        }
        return new ImportPlan.Events(
                problems.isEmpty() ? checked : List.of(), sheet.rows().size(), problems);
    }

    /** What {@link #importParticipation} would store and replace now, without storing it. */
    @Transactional(readOnly = true)
    public ImportPlan.Participations planParticipation(ResponseSheet sheet) {
        List<ImportProblem> problems = header(sheet, PARTICIPATION_COLUMNS);
        if (!problems.isEmpty()) {
            return new ImportPlan.Participations(
                    List.of(), List.of(), sheet.rows().size(), problems);
        }
        Map<String, Integer> column = columns(sheet);
        List<Participation> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Fields fields = new Fields(codes);
            String code = cell(row, column, "event");
            Optional<Event> event = code.isEmpty() ? Optional.empty() : events.findByCode(code);
            if (event.isEmpty()) {
                fields.problem("event", code.isEmpty() ? "is required" : "no event with code '" + code + "'");
            }
            ParticipationLine line = new ParticipationLine(
                    cell(row, column, "sector"),
                    cell(row, column, "region"),
                    cell(row, column, "organisation"),
                    cell(row, column, "participants"));
            Event known = event.orElse(null);
            Optional<Participation> checked =
                    known == null ? Optional.empty() : recording.line(known, ParticipationSource.IMPORT, line, fields);
            if (known == null) {
                ContextRules.line(line, fields);
            }
            problems.addAll(rowProblems(sheet, row, fields));
            checked.ifPresent(rows::add);
        }
        if (!problems.isEmpty()) {
            return new ImportPlan.Participations(
                    List.of(), List.of(), sheet.rows().size(), problems);
        }
        List<Participation> replaced = rows.stream()
                .map(Participation::eventId)
                .distinct()
                .flatMap(id -> participation.findByEventIdOrderById(id).stream()
                        .filter(p -> p.source() == ParticipationSource.IMPORT))
                .toList();
        return new ImportPlan.Participations(rows, replaced, sheet.rows().size(), problems);
    }

    /** Stores the planned events, or refuses a plan that has problems. */
    @Transactional
    public ImportOutcome store(ImportPlan.Events plan) {
        if (!plan.storable()) {
            return new ImportOutcome.Refused(plan.problems());
        }
        plan.events().forEach(events::save);
        return new ImportOutcome.Stored(plan.events().size(), plan.events().size());
    }

    /** Replaces the imported rows of each event the plan names, or refuses a plan that has problems. */
    @Transactional
    public ImportOutcome store(ImportPlan.Participations plan) {
        if (!plan.storable()) {
            return new ImportOutcome.Refused(plan.problems());
        }
        Set<Long> replacedEvents = new LinkedHashSet<>();
        plan.rows().forEach(p -> replacedEvents.add(p.eventId()));
        replacedEvents.forEach(id -> participation.deleteByEventIdAndSource(id, ParticipationSource.IMPORT));
        plan.rows().forEach(participation::save);
        return new ImportOutcome.Stored(plan.rows().size(), replacedEvents.size());
    }

    /** Every expected column must be there; an unknown column is refused, since it is likely a misspelt one. */
    private static List<ImportProblem> header(ResponseSheet sheet, List<String> expected) {
        return header(sheet, expected, List.of());
    }

    private static List<ImportProblem> header(ResponseSheet sheet, List<String> expected, List<String> optional) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : expected) {
            if (!sheet.columns().contains(name)) {
                problems.add(new ImportProblem(1, name, "the column is missing: the columns are " + expected));
            }
        }
        for (String name : sheet.columns()) {
            if (!name.isEmpty() && !expected.contains(name) && !optional.contains(name)) {
                problems.add(new ImportProblem(1, name, "is not a column of this import: the columns are " + expected));
            }
        }
        return problems;
    }

    private static Map<String, Integer> columns(ResponseSheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < sheet.columns().size(); i++) {
            columns.putIfAbsent(sheet.columns().get(i), i);
        }
        return columns;
    }

    private static String cell(SheetRow row, Map<String, Integer> columns, String name) {
        return row.cell(columns.get(name));
    }

    private static List<ImportProblem> rowProblems(ResponseSheet sheet, SheetRow row, Fields fields) {
        List<ImportProblem> problems = new ArrayList<>();
        row.unreadable().forEach((column, message) -> {
            String name = column < sheet.columns().size() ? sheet.columns().get(column) : "column " + (column + 1);
            problems.add(new ImportProblem(row.number(), name, message));
        });
        for (FieldProblem problem : fields.problems()) {
            String column = COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field());
            problems.add(new ImportProblem(row.number(), column, problem.message()));
        }
        return problems;
    }
}
