package fi.mittari.indicator.engine;

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
 * The events of a project that started in a period, each with its attendance as the engine counts it (docs/indicators.md,
 * "What is counted"): the same tables and region rule as {@link IndicatorSource#ATTENDANCE}, so a report that groups
 * events its own way (the Activities and Reach sheets) counts the persons the stored figures count.
 */
public final class RecordedAttendance {

    /** Attendance of one event in one region and sector (sector empty: unknown, as for sign-ins). */
    public record Part(Optional<String> region, Optional<String> sector, long participants) {}

    /**
     * An event of the period: its own region and type, and its attendance by region and sector. An event with no
     * parts has no attendance recorded: it counts as an event, but not in statistics per event.
     */
    public record Event(
            long id, LocalDate startsOn, Optional<String> region, Optional<String> eventType, List<Part> parts) {

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

    private static final String WHERE = "WHERE p.code = :project AND e.starts_on >= :from AND e.starts_on <= :to";

    private final NamedParameterJdbcTemplate jdbc;

    public RecordedAttendance(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's events that started from {@code from} to {@code to}, by start date and code. */
    public List<Event> events(String project, LocalDate from, LocalDate to) {
        var params = new MapSqlParameterSource()
                .addValue("project", project)
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
        Map<Long, List<Part>> parts = new LinkedHashMap<>();
        String region = IndicatorSource.ATTENDANCE.column(fi.mittari.indicator.definition.Dimension.REGION);
        String sector = IndicatorSource.ATTENDANCE.column(fi.mittari.indicator.definition.Dimension.SECTOR);
        jdbc.query(
                "SELECT e.id AS event_id, " + region + " AS region, " + sector + " AS sector, SUM(att.amount) AS n\n"
                        + IndicatorSource.ATTENDANCE.from() + "\n" + WHERE + "\nGROUP BY e.id, " + region + ", "
                        + sector,
                params,
                row -> {
                    parts.computeIfAbsent(row.getLong("event_id"), id -> new ArrayList<>())
                            .add(new Part(
                                    Optional.ofNullable(row.getString("region")),
                                    Optional.ofNullable(row.getString("sector")),
                                    row.getLong("n")));
                });
        return jdbc.query(
                "SELECT e.id, e.starts_on, e.region_code, e.event_type\n" + IndicatorSource.EVENTS.from() + "\n" + WHERE
                        + "\nORDER BY e.starts_on, e.code",
                params,
                (row, i) -> new Event(
                        row.getLong("id"),
                        row.getDate("starts_on").toLocalDate(),
                        Optional.ofNullable(row.getString("region_code")),
                        Optional.ofNullable(row.getString("event_type")),
                        parts.getOrDefault(row.getLong("id"), List.of())));
    }
}
