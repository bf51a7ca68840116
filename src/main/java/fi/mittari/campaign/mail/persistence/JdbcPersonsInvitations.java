package fi.mittari.campaign.mail.persistence;

import fi.mittari.Sha256;
import fi.mittari.campaign.PersonsInvitations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A person's invitations, in SQL over invitation and mail_recipient: here, beside the recipients, since cutting an
 * invitation loose erases its recipient too.
 */
@Singleton
class JdbcPersonsInvitations implements PersonsInvitations {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPersonsInvitations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> responsesInvitedAs(String campaignSlug, String reference) {
        return jdbc.queryForList(
                "SELECT i.response_id FROM invitation i JOIN campaign c ON c.id = i.campaign_id"
                        + " WHERE c.slug = :slug AND i.reference = :reference AND i.response_id IS NOT NULL",
                new MapSqlParameterSource("slug", campaignSlug).addValue("reference", reference),
                Long.class);
    }

    @Override
    public List<Long> responsesInvitedAs(Collection<Long> campaignIds, String pseudonym) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "SELECT i.response_id FROM invitation i WHERE i.campaign_id IN (:campaigns)"
                        + " AND UPPER(TRIM(i.reference)) = :pseudonym AND i.response_id IS NOT NULL",
                new MapSqlParameterSource("campaigns", List.copyOf(campaignIds)).addValue("pseudonym", pseudonym),
                Long.class);
    }

    @Override
    public void cutLoose(Collection<Long> responseIds, Instant now) {
        if (responseIds.isEmpty()) {
            return;
        }
        List<Long> invitations = jdbc.queryForList(
                "SELECT id FROM invitation WHERE response_id IN (:ids)",
                Map.of("ids", List.copyOf(responseIds)),
                Long.class);
        if (invitations.isEmpty()) {
            return;
        }
        jdbc.update(
                "UPDATE mail_recipient SET email = NULL, name = NULL, token = NULL, erased_at = :now"
                        + " WHERE invitation_id IN (:ids) AND erased_at IS NULL",
                new MapSqlParameterSource("ids", invitations).addValue("now", Timestamp.from(now)));
        jdbc.batchUpdate(
                "UPDATE invitation SET response_id = NULL, reference = NULL, token_hash = :hash WHERE id = :id",
                invitations.stream()
                        .map(id -> new MapSqlParameterSource("id", id)
                                .addValue(
                                        "hash",
                                        Sha256.hex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))))
                        .toArray(MapSqlParameterSource[]::new));
    }
}
