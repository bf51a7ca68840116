package fi.mittari.privacy;

import fi.mittari.Sha256;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Deletes or anonymises given responses, within the caller's transaction. Either way the response's invitation is
 * cut loose: its reference (the organisation's code for the person) is cleared and its token replaced by one nobody
 * holds, and its mail recipient's address erased. Returns how many answer rows were deleted.
 */
@Singleton
class RemovingResponses {

    /** Responses handled per statement, well below any database's limit on IN lists. */
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionnaireCatalog questionnaires;
    private final ZoneId zone;

    RemovingResponses(NamedParameterJdbcTemplate jdbc, QuestionnaireCatalog questionnaires, ZoneId zone) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.zone = zone;
    }

    long delete(List<Long> responseIds, Instant now) {
        long answers = 0;
        for (List<Long> chunk : chunks(responseIds)) {
            Map<String, Object> ids = Map.of("ids", chunk);
            unlinkInvitations(chunk, now);
            answers += jdbc.update("DELETE FROM answer WHERE response_id IN (:ids)", ids);
            jdbc.update("DELETE FROM response WHERE id IN (:ids)", ids);
        }
        return answers;
    }

    /** Anonymises the responses of one questionnaire version; returns the answer rows deleted. */
    long anonymise(long questionnaireVersionId, List<Long> responseIds, Instant now) {
        Set<String> identifying = questionnaires
                .version(questionnaireVersionId)
                .map(stored -> IdentifyingAnswers.keys(stored.questionnaire()))
                .orElseThrow(() -> new IllegalStateException("no questionnaire version " + questionnaireVersionId));
        long answers = 0;
        for (List<Long> chunk : chunks(responseIds)) {
            unlinkInvitations(chunk, now);
            if (!identifying.isEmpty()) {
                answers += jdbc.update(
                        "DELETE FROM answer WHERE response_id IN (:ids) AND question_key IN (:keys)",
                        new MapSqlParameterSource("ids", chunk).addValue("keys", identifying));
            }
            // the words written for "other" are open text too
            jdbc.update(
                    "UPDATE answer SET text_value = NULL WHERE response_id IN (:ids) AND choice_value IS NOT NULL",
                    Map.of("ids", chunk));
            coarsenAnswerDays(chunk);
            coarsenResponses(chunk, now);
        }
        return answers;
    }

    private void coarsenAnswerDays(List<Long> chunk) {
        List<MapSqlParameterSource> updates = new ArrayList<>();
        jdbc.query(
                "SELECT id, date_value FROM answer WHERE response_id IN (:ids) AND date_value IS NOT NULL",
                Map.of("ids", chunk),
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
    private void coarsenResponses(List<Long> chunk, Instant now) {
        List<MapSqlParameterSource> updates = new ArrayList<>();
        jdbc.query("SELECT id, submitted_on FROM response WHERE id IN (:ids)", Map.of("ids", chunk), row -> {
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

    private void unlinkInvitations(List<Long> chunk, Instant now) {
        List<Long> invitations = jdbc.queryForList(
                "SELECT id FROM invitation WHERE response_id IN (:ids)", Map.of("ids", chunk), Long.class);
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

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
