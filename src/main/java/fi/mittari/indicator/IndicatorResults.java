package fi.mittari.indicator;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The indicator SQL in one place: counting a campaign's answers where the data is ({@code GROUP BY}), and storing and
 * reading the computed results. Runs unchanged on MariaDB and on H2 in MariaDB mode.
 */
@Singleton
public class IndicatorResults {

    private static final String COUNT_RESPONSES =
            """
            SELECT COUNT(*) FROM response WHERE campaign_id = :campaignId
            """;

    private static final String COUNT_ANSWERED_BY_QUESTION =
            """
            SELECT a.question_key, COUNT(DISTINCT a.response_id) AS respondents
              FROM answer a
              JOIN response r ON r.id = a.response_id
             WHERE r.campaign_id = :campaignId
             GROUP BY a.question_key
            """;

    private static final String COUNT_CHOICES =
            """
            SELECT a.question_key, a.choice_value, COUNT(DISTINCT a.response_id) AS respondents
              FROM answer a
              JOIN response r ON r.id = a.response_id
             WHERE r.campaign_id = :campaignId
               AND a.choice_value IS NOT NULL
             GROUP BY a.question_key, a.choice_value
            """;

    private static final String DELETE_FOR_CAMPAIGN =
            """
            DELETE FROM indicator_result WHERE campaign_id = :campaignId
            """;

    private static final String INSERT =
            """
            INSERT INTO indicator_result (campaign_id, indicator, question_key, choice_value, numerator, denominator,
                                          computed_at, job_execution_id)
            VALUES (:campaignId, :indicator, :questionKey, :choiceValue, :numerator, :denominator, :computedAt,
                    :jobExecutionId)
            """;

    private static final String SELECT_FOR_CAMPAIGN =
            """
            SELECT indicator, question_key, choice_value, numerator, denominator
              FROM indicator_result
             WHERE campaign_id = :campaignId
             ORDER BY id
            """;

    private static final String LATEST_COMPUTED_AT =
            """
            SELECT MAX(computed_at) FROM indicator_result
            """;

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorResults(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long countResponses(long campaignId) {
        Long count = jdbc.queryForObject(COUNT_RESPONSES, campaign(campaignId), Long.class);
        return count == null ? 0 : count;
    }

    public Map<String, Long> countAnsweredByQuestion(long campaignId) {
        Map<String, Long> answered = new HashMap<>();
        jdbc.query(COUNT_ANSWERED_BY_QUESTION, campaign(campaignId), row -> {
            answered.put(row.getString("question_key"), row.getLong("respondents"));
        });
        return answered;
    }

    public List<ChoiceCount> countChoices(long campaignId) {
        return jdbc.query(
                COUNT_CHOICES,
                campaign(campaignId),
                (row, n) -> new ChoiceCount(
                        row.getString("question_key"), row.getString("choice_value"), row.getLong("respondents")));
    }

    /** Replaces every stored result of the campaign with these; call inside a transaction so readers never see half. */
    public void replace(CampaignIndicators indicators, Instant computedAt, long jobExecutionId) {
        jdbc.update(DELETE_FOR_CAMPAIGN, campaign(indicators.campaignId()));
        SqlParameterSource[] rows = indicators.values().stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("campaignId", indicators.campaignId())
                        .addValue("indicator", v.kind().name())
                        .addValue("questionKey", v.questionKey())
                        .addValue("choiceValue", v.choiceValue())
                        .addValue("numerator", v.numerator())
                        .addValue("denominator", v.denominator())
                        .addValue("computedAt", Timestamp.from(computedAt))
                        .addValue("jobExecutionId", jobExecutionId))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, rows);
    }

    public CampaignIndicators stored(long campaignId) {
        List<IndicatorValue> values = jdbc.query(
                SELECT_FOR_CAMPAIGN,
                campaign(campaignId),
                (row, n) -> new IndicatorValue(
                        IndicatorKind.valueOf(row.getString("indicator")),
                        row.getString("question_key"),
                        row.getString("choice_value"),
                        row.getLong("numerator"),
                        row.getLong("denominator")));
        return new CampaignIndicators(campaignId, values);
    }

    /** When the newest stored result was computed: the "as of" time of anything built from the results. */
    public Optional<Instant> latestComputedAt() {
        Timestamp latest = jdbc.getJdbcTemplate().queryForObject(LATEST_COMPUTED_AT, Timestamp.class);
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    private static MapSqlParameterSource campaign(long campaignId) {
        return new MapSqlParameterSource("campaignId", campaignId);
    }
}
