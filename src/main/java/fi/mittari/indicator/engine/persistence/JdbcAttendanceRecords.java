package fi.mittari.indicator.engine.persistence;

import fi.mittari.indicator.engine.AttendanceRecords;
import fi.mittari.indicator.engine.SqlQuery;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Runs the attendance queries of the indicator engine. */
@Singleton
class JdbcAttendanceRecords implements AttendanceRecords {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAttendanceRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartRow> parts(SqlQuery query) {
        return jdbc.query(
                query.sql(),
                query.params(),
                (row, i) -> new PartRow(
                        row.getLong("event_id"),
                        Optional.ofNullable(row.getString("region")),
                        Optional.ofNullable(row.getString("sector")),
                        row.getLong("n")));
    }

    @Override
    public List<EventRow> events(SqlQuery query) {
        return jdbc.query(
                query.sql(),
                query.params(),
                (row, i) -> new EventRow(
                        row.getLong("id"),
                        row.getDate("starts_on").toLocalDate(),
                        Optional.ofNullable(row.getString("region_code")),
                        Optional.ofNullable(row.getString("event_type"))));
    }
}
