package fi.mittari.report.archive;

import fi.mittari.mail.DeliveryBackoff;
import fi.mittari.mail.MailErrors;
import fi.mittari.mail.SmtpSettings;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The outbox of email deliveries (report_delivery): queued with the report, then sent or retried. */
@Singleton
public class ReportDeliveries {

    private static final String SELECT =
            """
            SELECT id, report_id, recipient, status, attempts, next_attempt_at, last_error, sent_at
              FROM report_delivery
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final SmtpSettings smtp;

    ReportDeliveries(NamedParameterJdbcTemplate jdbc, SmtpSettings smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    /** Queues one delivery per address; recorded as NOT_CONFIGURED when no SMTP server is set. */
    void queue(long reportId, List<String> emails, Instant now) {
        DeliveryStatus status = smtp.configured() ? DeliveryStatus.QUEUED : DeliveryStatus.NOT_CONFIGURED;
        for (String email : emails) {
            jdbc.update(
                    """
                    INSERT INTO report_delivery (report_id, recipient, status, attempts, next_attempt_at, created_at)
                    VALUES (:report, :recipient, :status, 0, :next, :now)
                    """,
                    new MapSqlParameterSource()
                            .addValue("report", reportId)
                            .addValue("recipient", email)
                            .addValue("status", status.name())
                            .addValue("next", status == DeliveryStatus.QUEUED ? Timestamp.from(now) : null)
                            .addValue("now", Timestamp.from(now)));
        }
    }

    /** Queued and retrying deliveries whose time has come, oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return jdbc.query(
                SELECT
                        + " WHERE status IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now ORDER BY next_attempt_at, id"
                        + " LIMIT " + limit,
                Map.of("now", Timestamp.from(now)),
                (row, n) -> delivery(row));
    }

    /** Deliveries whose every attempt failed, the latest first; at most {@code limit}. */
    public List<Delivery> failed(int limit) {
        return jdbc.query(
                SELECT + " WHERE status = 'FAILED' ORDER BY id DESC LIMIT " + limit,
                Map.of(),
                (row, n) -> delivery(row));
    }

    public List<Delivery> ofReport(long reportId) {
        return jdbc.query(
                SELECT + " WHERE report_id = :report ORDER BY id",
                Map.of("report", reportId),
                (row, n) -> delivery(row));
    }

    void sent(Delivery delivery, Instant now) {
        jdbc.update(
                "UPDATE report_delivery SET status = 'SENT', attempts = :attempts, next_attempt_at = NULL, sent_at = :now"
                        + " WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("attempts", delivery.attempts() + 1)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", delivery.id()));
    }

    /** Records a failed attempt: RETRYING after the backoff's wait, or FAILED when the attempts are used up. */
    void failed(Delivery delivery, String error, Instant now) {
        int attempts = delivery.attempts() + 1;
        var wait = DeliveryBackoff.after(attempts);
        jdbc.update(
                "UPDATE report_delivery SET status = :status, attempts = :attempts, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("status", wait.isPresent() ? "RETRYING" : "FAILED")
                        .addValue("attempts", attempts)
                        .addValue(
                                "next",
                                wait.map(w -> Timestamp.from(now.plus(w))).orElse(null))
                        .addValue("error", MailErrors.withoutAddresses(error))
                        .addValue("id", delivery.id()));
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
