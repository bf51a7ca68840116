package fi.mittari.campaign.mail.persistence;

import fi.mittari.campaign.mail.MessageStatus;
import fi.mittari.campaign.mail.OutgoingMessage;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The invitation outbox (mail_message). Each statement runs in its own transaction (auto-commit), so a claim is
 * committed before the server is contacted and an outcome as soon as it is known: a stop between the two leaves the
 * row SENDING, never sent again (see {@link #interruptClaimsBefore}).
 */
@Singleton
public class MailOutbox {

    private final NamedParameterJdbcTemplate jdbc;

    MailOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void queueInvitation(long recipientId, Instant now) {
        jdbc.update(
                """
                INSERT INTO mail_message (recipient_id, round_no, status, attempts, next_attempt_at, created_at)
                VALUES (:recipient, 0, 'QUEUED', 0, :now, :now)
                """,
                new MapSqlParameterSource().addValue("recipient", recipientId).addValue("now", Timestamp.from(now)));
    }

    /**
     * Queues reminder {@code round} of a campaign for every recipient who was sent the invitation at or before
     * {@code invitedBy}, has not answered, opted out or been erased, and has no message of this round or a later one
     * (so a schedule set late sends the latest due reminder once, not every missed one at the same time).
     */
    public int queueReminders(long campaignId, int round, Instant invitedBy, Instant now) {
        return jdbc.update(
                """
                INSERT INTO mail_message (recipient_id, round_no, status, attempts, next_attempt_at, created_at)
                SELECT r.id, :round, 'QUEUED', 0, :now, :now
                  FROM mail_recipient r
                  JOIN invitation i ON i.id = r.invitation_id
                  JOIN mail_message first ON first.recipient_id = r.id AND first.round_no = 0
                 WHERE r.campaign_id = :campaign AND r.opted_out_at IS NULL AND r.email IS NOT NULL
                   AND i.response_id IS NULL AND first.status = 'SENT' AND first.sent_at <= :invitedBy
                   AND NOT EXISTS (SELECT 1 FROM mail_message later
                                    WHERE later.recipient_id = r.id AND later.round_no >= :round)
                """,
                new MapSqlParameterSource()
                        .addValue("round", round)
                        .addValue("campaign", campaignId)
                        .addValue("invitedBy", Timestamp.from(invitedBy))
                        .addValue("now", Timestamp.from(now)));
    }

    /** Queued and retrying messages whose time has come, oldest first: candidates, each still to be claimed. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList(
                "SELECT id FROM mail_message WHERE status IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now"
                        + " ORDER BY next_attempt_at, id LIMIT " + limit,
                Map.of("now", Timestamp.from(now)),
                Long.class);
    }

    /**
     * Takes the message for {@code node}: true only for the one sender whose update found it still waiting. Two nodes
     * that pick the same candidate cannot both claim it; the row lock of the update decides.
     */
    public boolean claim(long id, String node, Instant now) {
        return jdbc.update(
                        """
                        UPDATE mail_message SET status = 'SENDING', claimed_by = :node, claimed_at = :now
                         WHERE id = :id AND status IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now
                        """,
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("node", node)
                                .addValue("now", Timestamp.from(now)))
                == 1;
    }

    /** A claimed message with its recipient and campaign. */
    public Optional<OutgoingMessage> claimed(long id) {
        return jdbc
                .query(
                        """
                        SELECT m.id, m.recipient_id, m.round_no, m.attempts, c.id AS campaign_id, c.title, c.closes_at,
                               r.email, r.name, r.language, r.token, r.opted_out_at, i.response_id
                          FROM mail_message m
                          JOIN mail_recipient r ON r.id = m.recipient_id
                          JOIN invitation i ON i.id = r.invitation_id
                          JOIN campaign c ON c.id = r.campaign_id
                         WHERE m.id = :id AND m.status = 'SENDING'
                        """,
                        Map.of("id", id),
                        (row, n) -> outgoing(row))
                .stream()
                .findFirst();
    }

    public void sent(OutgoingMessage message, Instant now) {
        jdbc.update(
                "UPDATE mail_message SET status = 'SENT', attempts = :attempts, next_attempt_at = NULL, sent_at = :now,"
                        + " last_error = NULL WHERE id = :id AND status = 'SENDING'",
                new MapSqlParameterSource()
                        .addValue("attempts", message.attempts() + 1)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", message.id()));
    }

    /** A failed attempt: RETRYING at {@code nextAttempt}, or FAILED when there is none. */
    public void failed(OutgoingMessage message, String error, Optional<Instant> nextAttempt) {
        jdbc.update(
                "UPDATE mail_message SET status = :status, attempts = :attempts, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id AND status = 'SENDING'",
                new MapSqlParameterSource()
                        .addValue("status", nextAttempt.isPresent() ? "RETRYING" : "FAILED")
                        .addValue("attempts", message.attempts() + 1)
                        .addValue("next", nextAttempt.map(Timestamp::from).orElse(null))
                        .addValue("error", error)
                        .addValue("id", message.id()));
    }

    public void cancel(long id) {
        jdbc.update(
                "UPDATE mail_message SET status = 'CANCELLED', next_attempt_at = NULL WHERE id = :id",
                Map.of("id", id));
    }

    /** Cancels whatever of the recipient's messages has not gone yet (an opt-out). */
    public int cancelWaiting(long recipientId) {
        return jdbc.update(
                "UPDATE mail_message SET status = 'CANCELLED', next_attempt_at = NULL"
                        + " WHERE recipient_id = :recipient AND status IN ('QUEUED', 'RETRYING')",
                Map.of("recipient", recipientId));
    }

    /**
     * Claims older than {@code claimedBefore} belong to a sender that stopped mid-message: INTERRUPTED, never sent
     * again, since the server may already have taken the message.
     */
    public int interruptClaimsBefore(Instant claimedBefore) {
        return jdbc.update(
                "UPDATE mail_message SET status = 'INTERRUPTED', next_attempt_at = NULL"
                        + " WHERE status = 'SENDING' AND claimed_at < :before",
                Map.of("before", Timestamp.from(claimedBefore)));
    }

    /** The status of every message of a recipient, by round: for tests and the API. */
    public List<MessageStatus> statuses(long recipientId) {
        return jdbc.query(
                "SELECT status FROM mail_message WHERE recipient_id = :recipient ORDER BY round_no",
                Map.of("recipient", recipientId),
                (row, n) -> MessageStatus.valueOf(row.getString("status")));
    }

    private static OutgoingMessage outgoing(ResultSet row) throws SQLException {
        Timestamp closes = row.getTimestamp("closes_at");
        return new OutgoingMessage(
                row.getLong("id"),
                row.getLong("recipient_id"),
                row.getInt("round_no"),
                row.getInt("attempts"),
                row.getLong("campaign_id"),
                row.getString("title"),
                closes == null ? null : closes.toInstant(),
                row.getString("email"),
                row.getString("name"),
                row.getString("language"),
                row.getString("token"),
                row.getObject("response_id") != null,
                row.getTimestamp("opted_out_at") != null);
    }
}
