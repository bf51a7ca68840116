package fi.mittari.indicator.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link RecordedAttendance} reads its rows (a port: the queries are the engine's, the database adapter runs
 * them).
 */
public interface AttendanceRecords {

    /** Attendance of one event in one region and sector (empty: unknown). */
    record PartRow(long eventId, Optional<String> region, Optional<String> sector, long participants) {}

    /** An event as held: its start date, region and type (empty: unknown). */
    record EventRow(long id, LocalDate startsOn, Optional<String> region, Optional<String> eventType) {}

    /** The rows of {@code query}: columns event_id, region, sector, n. */
    List<PartRow> parts(SqlQuery query);

    /** The rows of {@code query}, in its order: columns id, starts_on, region_code, event_type. */
    List<EventRow> events(SqlQuery query);
}
