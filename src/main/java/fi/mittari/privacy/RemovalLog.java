package fi.mittari.privacy;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** personal_data_removal: the record of every erasure and retention run, kept without the data removed. */
@Singleton
public class RemovalLog {

    private static final String RECENT =
            """
            SELECT r.action_key, r.kind, r.campaign_id, c.slug, r.project_code, r.responses, r.answer_rows,
                   r.first_day, r.last_day, r.done_by, r.done_at
              FROM personal_data_removal r JOIN campaign c ON c.id = r.campaign_id
             ORDER BY r.id DESC LIMIT :limit
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RemovalLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Removal removal) {
        jdbc.update(
                """
                INSERT INTO personal_data_removal (action_key, kind, campaign_id, project_code, responses, answer_rows,
                                                   first_day, last_day, done_by, done_at)
                VALUES (:action, :kind, :campaign, :project, :responses, :answers, :first, :last, :by, :at)
                """,
                new MapSqlParameterSource("action", removal.actionKey())
                        .addValue("kind", removal.kind().name())
                        .addValue("campaign", removal.campaignId())
                        .addValue("project", removal.projectCode().orElse(null))
                        .addValue("responses", removal.responses())
                        .addValue("answers", removal.answerRows())
                        .addValue("first", removal.firstDay().map(Date::valueOf).orElse(null))
                        .addValue("last", removal.lastDay().map(Date::valueOf).orElse(null))
                        .addValue("by", removal.doneBy())
                        .addValue("at", Timestamp.from(removal.doneAt())));
    }

    /** The latest first. */
    public List<Removal> recent(int limit) {
        return jdbc.query(
                RECENT,
                Map.of("limit", limit),
                (row, n) -> new Removal(
                        row.getString("action_key"),
                        RemovalKind.valueOf(row.getString("kind")),
                        row.getLong("campaign_id"),
                        row.getString("slug"),
                        Optional.ofNullable(row.getString("project_code")),
                        row.getLong("responses"),
                        row.getLong("answer_rows"),
                        RetentionPlan.day(row.getDate("first_day")),
                        RetentionPlan.day(row.getDate("last_day")),
                        row.getString("done_by"),
                        row.getTimestamp("done_at").toInstant()));
    }
}
