package fi.mittari.response.persistence;

import fi.mittari.response.RemovableResponses;
import fi.mittari.response.StoredAnswer;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Privacy's finding and removing of stored responses, in SQL over response, answer and partial_response. */
@Singleton
class JdbcRemovableResponses implements RemovableResponses {

    private static final String FOUND = "SELECT r.id, r.campaign_id, r.questionnaire_version_id, r.language,"
            + " r.submitted_on, r.consent_sha256 FROM response r WHERE ";

    private static final String PENDING = "SELECT COUNT(*) AS n, MIN(submitted_on) AS first_day,"
            + " MAX(submitted_on) AS last_day FROM response r WHERE r.campaign_id = :campaign";

    private static final String NOT_ANONYMISED = " AND r.anonymised_at IS NULL";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    JdbcRemovableResponses(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public List<Found> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                FOUND + "r.id IN (:ids) ORDER BY r.submitted_on, r.id",
                Map.of("ids", List.copyOf(ids)),
                JdbcRemovableResponses::found);
    }

    @Override
    public List<Found> ofCampaign(long campaignId, boolean onlyNotAnonymised) {
        return jdbc.query(
                FOUND + "r.campaign_id = :campaign" + (onlyNotAnonymised ? NOT_ANONYMISED : "") + " ORDER BY r.id",
                Map.of("campaign", campaignId),
                JdbcRemovableResponses::found);
    }

    @Override
    public Pending pending(long campaignId, boolean onlyNotAnonymised) {
        Map<String, Object> counts =
                jdbc.queryForMap(PENDING + (onlyNotAnonymised ? NOT_ANONYMISED : ""), Map.of("campaign", campaignId));
        return new Pending(
                ((Number) counts.get("n")).longValue(), day(counts.get("first_day")), day(counts.get("last_day")));
    }

    @Override
    public List<Long> answeredWith(Collection<Long> campaignIds, Collection<String> keys, String pseudonym) {
        if (campaignIds.isEmpty() || keys.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "SELECT DISTINCT a.response_id FROM answer a JOIN response r ON r.id = a.response_id"
                        + " WHERE r.campaign_id IN (:campaigns) AND a.question_key IN (:keys)"
                        + " AND UPPER(TRIM(COALESCE(a.text_value, a.choice_value))) = :pseudonym",
                new MapSqlParameterSource("campaigns", List.copyOf(campaignIds))
                        .addValue("keys", List.copyOf(keys))
                        .addValue("pseudonym", pseudonym),
                Long.class);
    }

    @Override
    public List<StoredAnswer> answers(Found response) {
        return jdbc.query(
                "SELECT a.response_id, a.question_key, a.choice_value, a.number_value, a.text_value, a.date_value"
                        + " FROM answer a WHERE a.response_id = :id ORDER BY a.id",
                Map.of("id", response.id()),
                (row, n) -> new StoredAnswer(
                        response.id(),
                        response.submittedOn(),
                        Optional.ofNullable(row.getString("question_key")),
                        Optional.ofNullable(row.getString("choice_value")),
                        Optional.ofNullable(row.getBigDecimal("number_value")),
                        Optional.ofNullable(row.getString("text_value")),
                        Optional.ofNullable(row.getObject("date_value", LocalDate.class))));
    }

    @Override
    public long delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = Map.of("ids", ids);
        long answers = jdbc.update("DELETE FROM answer WHERE response_id IN (:ids)", params);
        jdbc.update("DELETE FROM response WHERE id IN (:ids)", params);
        return answers;
    }

    @Override
    public long anonymise(List<Long> ids, Set<String> identifyingKeys, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        long answers = 0;
        if (!identifyingKeys.isEmpty()) {
            answers += jdbc.update(
                    "DELETE FROM answer WHERE response_id IN (:ids) AND question_key IN (:keys)",
                    new MapSqlParameterSource("ids", ids).addValue("keys", identifyingKeys));
        }
        // the words written for "other" are open text too
        jdbc.update(
                "UPDATE answer SET text_value = NULL WHERE response_id IN (:ids) AND choice_value IS NOT NULL",
                Map.of("ids", ids));
        coarsenAnswerDays(ids);
        coarsenResponses(ids, now);
        return answers;
    }

    @Override
    public void deleteUnfinished(long campaignId) {
        jdbc.update("DELETE FROM partial_response WHERE campaign_id = :campaign", Map.of("campaign", campaignId));
    }

    private void coarsenAnswerDays(List<Long> ids) {
        List<MapSqlParameterSource> updates = new ArrayList<>();
        jdbc.query(
                "SELECT id, date_value FROM answer WHERE response_id IN (:ids) AND date_value IS NOT NULL",
                Map.of("ids", ids),
                row -> {
                    LocalDate day = row.getObject("date_value", LocalDate.class);
                    if (day.getDayOfMonth() != 1) {
                        updates.add(new MapSqlParameterSource("id", row.getLong("id"))
                                .addValue("day", Date.valueOf(day.withDayOfMonth(1))));
                    }
                });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE answer SET date_value = :day WHERE id = :id",
                    updates.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** The day to its month, the time to that month's first midnight, and a new submission key nobody holds. */
    private void coarsenResponses(List<Long> ids, Instant now) {
        List<MapSqlParameterSource> updates = new ArrayList<>();
        jdbc.query("SELECT id, submitted_on FROM response WHERE id IN (:ids)", Map.of("ids", ids), row -> {
            LocalDate month = row.getObject("submitted_on", LocalDate.class).withDayOfMonth(1);
            updates.add(new MapSqlParameterSource("id", row.getLong("id"))
                    .addValue("day", Date.valueOf(month))
                    .addValue("at", Timestamp.from(month.atStartOfDay(zone).toInstant()))
                    .addValue("key", UUID.randomUUID().toString())
                    .addValue("now", Timestamp.from(now)));
        });
        jdbc.batchUpdate(
                "UPDATE response SET submitted_on = :day, submitted_at = :at, started_at = NULL,"
                        + " submission_key = :key, anonymised_at = :now WHERE id = :id",
                updates.toArray(MapSqlParameterSource[]::new));
    }

    private static Found found(ResultSet row, int number) throws SQLException {
        return new Found(
                row.getLong("id"),
                row.getLong("campaign_id"),
                row.getLong("questionnaire_version_id"),
                row.getString("language"),
                row.getObject("submitted_on", LocalDate.class),
                Optional.ofNullable(row.getString("consent_sha256")));
    }

    private static Optional<LocalDate> day(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof LocalDate d ? d : ((Date) value).toLocalDate());
    }
}
