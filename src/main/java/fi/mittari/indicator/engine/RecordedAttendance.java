package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Dimension;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The events of a scope that started in its period, each with its attendance as the engine counts it (docs/indicators.md,
 * "What is counted"): the same tables and region rule as {@link IndicatorSource#ATTENDANCE}, so a report that groups
 * events its own way (the Activities and Reach sheets) counts the persons the stored figures count.
 */
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

    private final NamedParameterJdbcTemplate jdbc;

    public RecordedAttendance(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The scope's events that started in its period, by start date and code: its projects' (all projects' when it
     * names none), and in a region scope those held in the region and those with attendance from it, with only the
     * region's parts of their attendance.
     */
    public List<Event> events(IndicatorScope scope) {
        var params = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()));
        StringBuilder where = new StringBuilder("WHERE e.starts_on >= :from AND e.starts_on <= :to");
        scope.coverage().projectCodes().ifPresent(codes -> {
            params.addValue("projects", codes.isEmpty() ? List.of("") : codes);
            where.append(" AND p.code IN (:projects)");
        });
        Optional<String> inRegion = scope.coverage().region();
        inRegion.ifPresent(code -> params.addValue("region", code));
        Map<Long, List<Part>> parts = new LinkedHashMap<>();
        String region = IndicatorSource.ATTENDANCE.column(Dimension.REGION);
        String sector = IndicatorSource.ATTENDANCE.column(Dimension.SECTOR);
        jdbc.query(
                "SELECT e.id AS event_id, " + region + " AS region, " + sector + " AS sector, SUM(att.amount) AS n\n"
                        + IndicatorSource.ATTENDANCE.from() + "\n" + where
                        + inRegion.map(r -> " AND " + region + " = :region").orElse("")
                        + "\nGROUP BY e.id, " + region + ", " + sector,
                params,
                row -> {
                    parts.computeIfAbsent(row.getLong("event_id"), id -> new ArrayList<>())
                            .add(new Part(
                                    Optional.ofNullable(row.getString("region")),
                                    Optional.ofNullable(row.getString("sector")),
                                    row.getLong("n")));
                });
        return jdbc
                .query(
                        "SELECT e.id, e.starts_on, e.region_code, e.event_type\n" + IndicatorSource.EVENTS.from() + "\n"
                                + where + "\nORDER BY e.starts_on, e.code",
                        params,
                        (row, i) -> {
                            Optional<String> held = Optional.ofNullable(row.getString("region_code"));
                            return new Event(
                                    row.getLong("id"),
                                    row.getDate("starts_on").toLocalDate(),
                                    held,
                                    Optional.ofNullable(row.getString("event_type")),
                                    parts.getOrDefault(row.getLong("id"), List.of()),
                                    inRegion.map(r -> held.filter(r::equals).isPresent())
                                            .orElse(true));
                        })
                .stream()
                .filter(event -> event.held() || event.attendanceRecorded())
                .toList();
    }
}
