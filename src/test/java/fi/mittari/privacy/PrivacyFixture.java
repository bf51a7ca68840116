package fi.mittari.privacy;

import fi.mittari.support.StaffApi;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Projects, campaigns and coaching-baseline responses for the privacy tests: campaigns opened through the API and
 * answered through the response API (so the consent fingerprint is stored as in use), then moved to the days a test
 * needs. Codes carry a random part, as the tests share one database; days are in 2019, long before any other test's.
 */
final class PrivacyFixture {

    private final StaffApi staff;
    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    PrivacyFixture(StaffApi staff, NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.zone = zone;
    }

    String project(String name, LocalDate endsOn, Integer months, String action) {
        String code = name + "-" + suffix;
        jdbc.update(
                "INSERT INTO project (code, name, funder, created_at, starts_on, ends_on, retention_months,"
                        + " retention_action) VALUES (:code, :code, 'STEA', CURRENT_TIMESTAMP, :starts, :ends, :months,"
                        + " :action)",
                new MapSqlParameterSource("code", code)
                        .addValue("starts", Date.valueOf(endsOn.withDayOfYear(1)))
                        .addValue("ends", Date.valueOf(endsOn))
                        .addValue("months", months)
                        .addValue("action", action));
        return code;
    }

    /** A coaching-baseline campaign of the project; its own rule when {@code months} is given. */
    String campaign(String name, String project, LocalDate closesOn, Integer months, String action) {
        String slug = name + "-" + suffix;
        staff.openCampaign(slug, "coaching-baseline", "Privacy " + name);
        jdbc.update(
                "UPDATE campaign SET project_id = (SELECT id FROM project WHERE code = :project),"
                        + " closes_at = :closes, retention_months = :months, retention_action = :action"
                        + " WHERE slug = :slug",
                new MapSqlParameterSource("slug", slug)
                        .addValue("project", project)
                        .addValue(
                                "closes",
                                closesOn == null
                                        ? null
                                        : Timestamp.from(
                                                closesOn.atStartOfDay(zone).toInstant()))
                        .addValue("months", months)
                        .addValue("action", action));
        return slug;
    }

    /** Sends a response as {@code pseudonym} in {@code language}, then dates it to {@code sentOn}; returns its id. */
    long respond(String slug, String pseudonym, String language, LocalDate sentOn) {
        // the campaign is open while the response is sent, whatever its closing day in the test
        Timestamp closes = jdbc.queryForObject(
                "SELECT closes_at FROM campaign WHERE slug = :slug", Map.of("slug", slug), Timestamp.class);
        jdbc.update("UPDATE campaign SET closes_at = NULL WHERE slug = :slug", Map.of("slug", slug));
        String key = UUID.randomUUID().toString();
        staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of(
                        "submissionId",
                        key,
                        "language",
                        language,
                        "answers",
                        Map.of(
                                "consent",
                                "accepted",
                                "participant_code",
                                pseudonym,
                                "start_date",
                                "2020-03-17",
                                "situation",
                                "rehabilitation",
                                "work_ability",
                                4,
                                "goals",
                                List.of("work_trial"))));
        jdbc.update(
                "UPDATE campaign SET closes_at = :closes WHERE slug = :slug",
                new MapSqlParameterSource("slug", slug).addValue("closes", closes));
        long id = jdbc.queryForObject(
                "SELECT r.id FROM response r JOIN campaign c ON c.id = r.campaign_id"
                        + " WHERE c.slug = :slug AND r.submission_key = :key",
                Map.of("slug", slug, "key", key),
                Long.class);
        jdbc.update(
                "UPDATE response SET submitted_on = :day, submitted_at = :at WHERE id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("day", Date.valueOf(sentOn))
                        .addValue(
                                "at",
                                Timestamp.from(
                                        sentOn.atTime(14, 30).atZone(zone).toInstant())));
        return id;
    }

    /** An invitation of the campaign with this reference, spent by the response. */
    void invitation(String slug, String reference, long responseId) {
        jdbc.update(
                "INSERT INTO invitation (campaign_id, token_hash, reference, created_at, response_id)"
                        + " SELECT id, :hash, :reference, CURRENT_TIMESTAMP, :response FROM campaign WHERE slug = :slug",
                new MapSqlParameterSource("slug", slug)
                        .addValue(
                                "hash",
                                fi.mittari.Sha256.hex(
                                        UUID.randomUUID().toString().getBytes()))
                        .addValue("reference", reference)
                        .addValue("response", responseId));
    }

    long count(String sql, Map<String, Object> params) {
        return jdbc.queryForObject(sql, params, Long.class);
    }

    long responses(String slug) {
        return count(
                "SELECT COUNT(*) FROM response r JOIN campaign c ON c.id = r.campaign_id WHERE c.slug = :slug",
                Map.of("slug", slug));
    }
}
