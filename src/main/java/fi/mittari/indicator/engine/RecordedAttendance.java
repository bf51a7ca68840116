package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Dimension;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of a scope that started in its period, each with its attendance as the engine counts it (docs/indicators.md,
 * "What is counted"): the same tables and region rule as {@link IndicatorSource#ATTENDANCE}, so a report that groups
 * events its own way (the Activities and Reach sheets) counts the persons the stored figures count. The queries are
 * written here, beside {@link IndicatorSource}; {@link AttendanceRecords} runs them.
 */
@Singleton
public final class RecordedAttendance {

    /** Attendance of one event in one region and sector (sector empty: unknown, as for sign-ins). */
    public record Part(Optional<String> region, Optional<String> sector, long participants) {}

    /**
     * An event of the period: its own region and type, and its attendance by region and sector. An event with no
     * parts has no attendance recorded: it counts as an event, but not in statistics per event. {@code held} is
     * whether it was held in the scope: in a region scope an event held elsewhere is here only for its attendance
     * that came from the region (docs/indicators.md, "Region ecosystems"); in any other scope every event is held.
     */
    public record Event(
            long id,
            LocalDate startsOn,
            Optional<String> region,
            Optional<String> eventType,
            List<Part> parts,
            boolean held) {

        public Event {
            parts = List.copyOf(parts);
        }

        public boolean attendanceRecorded() {
            return !parts.isEmpty();
        }

        public long participants() {
            return parts.stream().mapToLong(Part::participants).sum();
        }
    }

    private final AttendanceRecords records;

    public RecordedAttendance(AttendanceRecords records) {
        this.records = records;
    }

    /**
     * The scope's events that started in its period, by start date and code: its projects' (all projects' when it
     * names none), and in a region scope those held in the region and those with attendance from it, with only the
     * region's parts of their attendance.
     */
    public List<Event> events(IndicatorScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", scope.from());
        params.put("to", scope.to());
        StringBuilder where = new StringBuilder("WHERE e.starts_on >= :from AND e.starts_on <= :to");
        scope.coverage().projectCodes().ifPresent(codes -> {
            params.put("projects", codes.isEmpty() ? List.of("") : codes);
            where.append(" AND p.code IN (:projects)");
        });
        Optional<String> inRegion = scope.coverage().region();
        inRegion.ifPresent(code -> params.put("region", code));
        String region = IndicatorSource.ATTENDANCE.column(Dimension.REGION);
        String sector = IndicatorSource.ATTENDANCE.column(Dimension.SECTOR);
        Map<Long, List<Part>> parts = new LinkedHashMap<>();
        for (AttendanceRecords.PartRow row : records.parts(new SqlQuery(
                "SELECT e.id AS event_id, " + region + " AS region, " + sector + " AS sector, SUM(att.amount) AS n\n"
                        + IndicatorSource.ATTENDANCE.from() + "\n" + where
                        + inRegion.map(r -> " AND " + region + " = :region").orElse("")
                        + "\nGROUP BY e.id, " + region + ", " + sector,
                params,
                false))) {
            parts.computeIfAbsent(row.eventId(), id -> new ArrayList<>())
                    .add(new Part(row.region(), row.sector(), row.participants()));
        }
        return records
                .events(new SqlQuery(
                        "SELECT e.id, e.starts_on, e.region_code, e.event_type\n" + IndicatorSource.EVENTS.from() + "\n"
                                + where + "\nORDER BY e.starts_on, e.code",
                        params,
                        false))
                .stream()
                .map(row -> new Event(
                        row.id(),
                        row.startsOn(),
                        row.region(),
                        row.eventType(),
                        parts.getOrDefault(row.id(), List.of()),
                        inRegion.map(r -> row.region().filter(r::equals).isPresent())
                                .orElse(true)))
                .filter(event -> event.held() || event.attendanceRecorded())
                .toList();
    }
}
