package fi.mittari.report.archive.persistence;

import fi.mittari.report.archive.Delivery;
import fi.mittari.report.archive.DeliveryOutbox;
import fi.mittari.report.archive.DeliveryStatus;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The outbox of report email deliveries in table report_delivery, one row a recipient of a report. */
@Singleton
class JdbcDeliveryOutbox implements DeliveryOutbox {

    private static final String SELECT =
            """
            SELECT id, report_id, recipient, status, attempts, next_attempt_at, last_error, sent_at
              FROM report_delivery
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDeliveryOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long reportId, String recipient, DeliveryStatus status, Instant nextAttempt, Instant now) {
        jdbc.update(
                """
                INSERT INTO report_delivery (report_id, recipient, status, attempts, next_attempt_at, created_at)
                VALUES (:report, :recipient, :status, 0, :next, :now)
                """,
                new MapSqlParameterSource()
                        .addValue("report", reportId)
                        .addValue("recipient", recipient)
                        .addValue("status", status.name())
                        .addValue("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                        .addValue("now", Timestamp.from(now)));
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return jdbc.query(
                SELECT
                        + " WHERE status IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now ORDER BY next_attempt_at, id"
                        + " LIMIT " + limit,
                Map.of("now", Timestamp.from(now)),
                (row, n) -> delivery(row));
    }

    @Override
    public List<Delivery> failed(int limit) {
        return jdbc.query(
                SELECT + " WHERE status = 'FAILED' ORDER BY id DESC LIMIT " + limit,
                Map.of(),
                (row, n) -> delivery(row));
    }

    @Override
    public List<Delivery> ofReport(long reportId) {
        return jdbc.query(
                SELECT + " WHERE report_id = :report ORDER BY id",
                Map.of("report", reportId),
                (row, n) -> delivery(row));
    }

    @Override
    public void sent(long deliveryId, int attempts, Instant now) {
        jdbc.update(
                "UPDATE report_delivery SET status = 'SENT', attempts = :attempts, next_attempt_at = NULL, sent_at = :now"
                        + " WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("attempts", attempts)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", deliveryId));
    }

    @Override
    public void attemptFailed(long deliveryId, DeliveryStatus status, int attempts, Instant nextAttempt, String error) {
        jdbc.update(
                "UPDATE report_delivery SET status = :status, attempts = :attempts, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("status", status.name())
                        .addValue("attempts", attempts)
                        .addValue("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                        .addValue("error", error)
                        .addValue("id", deliveryId));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        return new Delivery(
                row.getLong("id"),
                row.getLong("report_id"),
                row.getString("recipient"),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")),
                row.getString("last_error"),
                instant(row.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
