package fi.mittari.campaign.mail.persistence;

import fi.mittari.campaign.mail.MessageStatus;
import fi.mittari.campaign.mail.RecipientStatus;
import fi.mittari.campaign.mail.ResponseRate;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The recipients of a campaign's email invitations (mail_recipient): the only place their addresses are kept. */
@Singleton
public class MailRecipients {

    private final NamedParameterJdbcTemplate jdbc;

    MailRecipients(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a recipient of an invitation; returns its id. */
    public long add(
            long campaignId, long invitationId, String email, String name, String language, String token, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO mail_recipient (campaign_id, invitation_id, email, name, language, token, created_at)
                VALUES (:campaign, :invitation, :email, :name, :language, :token, :now)
                """,
                new MapSqlParameterSource()
                        .addValue("campaign", campaignId)
                        .addValue("invitation", invitationId)
                        .addValue("email", email)
                        .addValue("name", name.isBlank() ? null : name)
                        .addValue("language", language)
                        .addValue("token", token)
                        .addValue("now", Timestamp.from(now)),
                keys,
                new String[] {"id"});
        return keys.getKey().longValue();
    }

    /** Which of {@code emails} (compared in lower case) the campaign has on its list already. */
    public List<String> alreadyListed(long campaignId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "SELECT LOWER(email) FROM mail_recipient WHERE campaign_id = :campaign AND LOWER(email) IN (:emails)",
                new MapSqlParameterSource()
                        .addValue("campaign", campaignId)
                        .addValue(
                                "emails",
                                emails.stream()
                                        .map(e -> e.toLowerCase(Locale.ROOT))
                                        .toList()),
                String.class);
    }

    /** The recipient of an invitation, by the invitation's id. */
    public Optional<Long> ofInvitation(long invitationId) {
        return jdbc
                .queryForList(
                        "SELECT id FROM mail_recipient WHERE invitation_id = :invitation",
                        Map.of("invitation", invitationId),
                        Long.class)
                .stream()
                .findFirst();
    }

    /** Records the opt-out (the first one counts); true when this call recorded it. */
    public boolean optOut(long recipientId, Instant now) {
        return jdbc.update(
                        "UPDATE mail_recipient SET opted_out_at = :now WHERE id = :id AND opted_out_at IS NULL",
                        new MapSqlParameterSource()
                                .addValue("now", Timestamp.from(now))
                                .addValue("id", recipientId))
                == 1;
    }

    /**
     * Erases the address, name and link token of every recipient of a campaign that closed before {@code closedBefore},
     * and cancels their messages that have not gone. The invitations stay: their links keep working.
     */
    public int eraseOfCampaignsClosedBefore(Instant closedBefore, Instant now) {
        var parameters = new MapSqlParameterSource()
                .addValue("before", Timestamp.from(closedBefore))
                .addValue("now", Timestamp.from(now));
        String closed = "SELECT id FROM campaign WHERE closes_at IS NOT NULL AND closes_at < :before";
        jdbc.update(
                "UPDATE mail_message SET status = 'CANCELLED', next_attempt_at = NULL"
                        + " WHERE status IN ('QUEUED', 'RETRYING') AND recipient_id IN"
                        + " (SELECT id FROM mail_recipient WHERE erased_at IS NULL AND campaign_id IN (" + closed
                        + "))",
                parameters);
        return jdbc.update(
                "UPDATE mail_recipient SET email = NULL, name = NULL, token = NULL, erased_at = :now"
                        + " WHERE erased_at IS NULL AND campaign_id IN (" + closed + ")",
                parameters);
    }

    /** The campaign's recipients in the order they were listed, each with its latest message; at most {@code limit}. */
    public List<RecipientStatus> statuses(long campaignId, int limit) {
        return jdbc.query(
                """
                SELECT r.id, r.email, r.name, r.language, i.reference, r.opted_out_at, i.response_id,
                       m.status, m.round_no, m.attempts, m.last_error, first.sent_at AS invited_at,
                       (SELECT COUNT(*) FROM mail_message s
                         WHERE s.recipient_id = r.id AND s.round_no > 0 AND s.status = 'SENT') AS reminders
                  FROM mail_recipient r
                  JOIN invitation i ON i.id = r.invitation_id
                  JOIN mail_message m ON m.recipient_id = r.id
                   AND m.round_no = (SELECT MAX(x.round_no) FROM mail_message x WHERE x.recipient_id = r.id)
                  JOIN mail_message first ON first.recipient_id = r.id AND first.round_no = 0
                 WHERE r.campaign_id = :campaign
                 ORDER BY r.id
                 LIMIT
                """
                        + " " + limit,
                Map.of("campaign", campaignId),
                (row, n) -> {
                    Timestamp invited = row.getTimestamp("invited_at");
                    return new RecipientStatus(
                            row.getLong("id"),
                            row.getString("email"),
                            row.getString("name"),
                            row.getString("language"),
                            Optional.ofNullable(row.getString("reference")).orElse(""),
                            MessageStatus.valueOf(row.getString("status")),
                            row.getInt("round_no"),
                            row.getInt("attempts"),
                            row.getString("last_error"),
                            invited == null ? null : invited.toInstant(),
                            row.getInt("reminders"),
                            row.getObject("response_id") != null,
                            row.getTimestamp("opted_out_at") != null);
                });
    }

    /**
     * Invited, reached, started and complete, over the campaign's email recipients; {@code invitationsUnfinished} are
     * the invitations whose respondent saved a page without sending (the response feature's, which owns them).
     */
    public ResponseRate rate(long campaignId, Set<Long> invitationsUnfinished) {
        String savedAPage = invitationsUnfinished.isEmpty() ? "1 = 0" : "i.id IN (:unfinished)";
        return jdbc.queryForObject(
                """
                SELECT COUNT(*) AS invited,
                       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM mail_message m WHERE m.recipient_id = r.id
                                                        AND m.round_no = 0 AND m.status = 'SENT')
                                         THEN 1 ELSE 0 END), 0) AS reached,
                       COALESCE(SUM(CASE WHEN i.response_id IS NOT NULL OR %s THEN 1 ELSE 0 END), 0) AS started,
                       COALESCE(SUM(CASE WHEN i.response_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS complete
                  FROM mail_recipient r
                  JOIN invitation i ON i.id = r.invitation_id
                 WHERE r.campaign_id = :campaign
                """
                        .formatted(savedAPage),
                new MapSqlParameterSource("campaign", campaignId).addValue("unfinished", invitationsUnfinished),
                (row, n) -> new ResponseRate(
                        row.getLong("invited"),
                        row.getLong("reached"),
                        row.getLong("started"),
                        row.getLong("complete")));
    }
}
