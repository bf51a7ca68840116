package fi.mittari.response.persistence;

import fi.mittari.response.ResponsePeriod;
import fi.mittari.response.ResponseSelection;
import fi.mittari.response.StoredAnswer;
import fi.mittari.response.StoredResponse;
import fi.mittari.response.StoredResponses;
import fi.mittari.response.UnfinishedResponse;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The reads other features make of stored responses, in SQL over response, answer and partial_response (the export's
 * whole responses in {@link WholeResponses}). Rows that may
 * be many (every answer of a period) are read through a forward-only cursor ({@code fetchSize}: MariaDB Connector/J 3
 * then streams instead of reading the whole result, H2 reads in pages).
 */
@Singleton
class JdbcStoredResponses implements StoredResponses {

    /** Rows per round trip when streaming answers. */
    static final int FETCH_SIZE = 1000;

    private static final String IN_PERIOD =
            " r.campaign_id = :campaign AND r.submitted_on >= :from AND r.submitted_on <= :to";

    private static final String ANSWERS_TO = " FROM answer a JOIN response r ON r.id = a.response_id WHERE" + IN_PERIOD
            + " AND a.question_key IN (:keys)";

    private static final String COUNT = "SELECT COUNT(*) FROM response r WHERE" + IN_PERIOD;

    private static final String FIRST_DAY = "SELECT MIN(submitted_on) FROM response WHERE campaign_id = :campaign";

    private static final String IDS = "SELECT r.id FROM response r WHERE" + IN_PERIOD;

    private static final String CHOICE_COUNTS = "SELECT a.question_key AS k, a.choice_value AS v, COUNT(*) AS n"
            + ANSWERS_TO + " AND a.choice_value IS NOT NULL GROUP BY a.question_key, a.choice_value";

    private static final String RESPONDENTS_PER_QUESTION =
            "SELECT a.question_key AS k, COUNT(DISTINCT a.response_id) AS n" + ANSWERS_TO + " GROUP BY a.question_key";

    private static final String NUMBERS = "SELECT a.question_key AS k, a.number_value AS v" + ANSWERS_TO
            + " AND a.number_value IS NOT NULL AND a.choice_value IS NULL";

    // Times are stored as "09:30" and datetimes as "2026-12-03T09:30" (ADR 0043): the hour is the two characters
    // five from the end, whichever the type. Cast, because a substring of a TEXT (CLOB in H2) cannot be grouped.
    private static final String HOUR = "CAST(SUBSTRING(a.text_value, CHAR_LENGTH(a.text_value) - 4, 2) AS CHAR(2))";

    private static final String HOUR_COUNTS = "SELECT a.question_key AS k, " + HOUR + " AS h, COUNT(*) AS n"
            + ANSWERS_TO + " AND a.choice_value IS NULL AND CHAR_LENGTH(a.text_value) >= 5"
            + " AND CAST(SUBSTRING(a.text_value, CHAR_LENGTH(a.text_value) - 2, 1) AS CHAR(1)) = ':'"
            + " GROUP BY a.question_key, " + HOUR;

    private static final String COLUMNS =
            "SELECT r.id AS response_id, r.submitted_on AS submitted_on, a.question_key AS question_key,"
                    + " a.choice_value AS choice_value, a.number_value AS number_value, a.text_value AS text_value,"
                    + " a.date_value AS date_value";

    private static final String EACH_ANSWER_TO = COLUMNS + ANSWERS_TO;

    private static final String EACH_ANSWER = everyAnswer("", IN_PERIOD);

    private static final String VERSIONS_ANSWERED =
            "SELECT DISTINCT questionnaire_version_id FROM response WHERE campaign_id IN (:campaigns)";

    private static final String UNFINISHED_STARTED = "SELECT COUNT(*) FROM partial_response pr"
            + " WHERE pr.campaign_id = :campaign AND pr.started_at >= :since AND pr.started_at < :until";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final WholeResponses whole;

    JdbcStoredResponses(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        JdbcTemplate cursor =
                new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.whole = new WholeResponses(streaming, json);
    }

    /**
     * Every answer of the responses {@code condition} keeps, ordered by response, question key and the order stored,
     * and a row without an answer for a response without any: the one query both the answers of a period and whole
     * responses are read with. {@code moreColumns} are further columns of response {@code r}.
     */
    static String everyAnswer(String moreColumns, String condition) {
        return COLUMNS + moreColumns + " FROM response r LEFT JOIN answer a ON a.response_id = r.id WHERE" + condition
                + " ORDER BY r.id, a.question_key, a.id";
    }

    @Override
    public long count(ResponsePeriod period) {
        Long count = jdbc.queryForObject(COUNT, params(period), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Optional<LocalDate> firstDay(long campaignId) {
        Date first = jdbc.queryForObject(FIRST_DAY, Map.of("campaign", campaignId), Date.class);
        return Optional.ofNullable(first).map(Date::toLocalDate);
    }

    @Override
    public List<Long> ids(ResponsePeriod period) {
        return streaming.queryForList(IDS, params(period), Long.class);
    }

    @Override
    public Map<String, Map<String, Long>> choiceCounts(ResponsePeriod period, Collection<String> keys) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(CHOICE_COUNTS, params(period, keys), row -> {
            counts.computeIfAbsent(row.getString("k"), k -> new HashMap<>()).put(row.getString("v"), row.getLong("n"));
        });
        return counts;
    }

    @Override
    public Map<String, Long> respondentsPerQuestion(ResponsePeriod period, Collection<String> keys) {
        Map<String, Long> answered = new HashMap<>();
        jdbc.query(RESPONDENTS_PER_QUESTION, params(period, keys), row -> {
            answered.put(row.getString("k"), row.getLong("n"));
        });
        return answered;
    }

    @Override
    public Map<String, List<BigDecimal>> numbers(ResponsePeriod period, Collection<String> keys) {
        Map<String, List<BigDecimal>> numbers = new HashMap<>();
        jdbc.query(NUMBERS, params(period, keys), row -> {
            numbers.computeIfAbsent(row.getString("k"), k -> new ArrayList<>()).add(row.getBigDecimal("v"));
        });
        return numbers;
    }

    @Override
    public Map<String, Map<String, Long>> hourCounts(ResponsePeriod period, Collection<String> keys) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(HOUR_COUNTS, params(period, keys), row -> {
            counts.computeIfAbsent(row.getString("k"), k -> new HashMap<>()).put(row.getString("h"), row.getLong("n"));
        });
        return counts;
    }

    @Override
    public void eachAnswerTo(ResponsePeriod period, Collection<String> keys, Consumer<StoredAnswer> sink) {
        streaming.query(EACH_ANSWER_TO, params(period, keys), row -> {
            sink.accept(answer(row));
        });
    }

    @Override
    public void eachAnswer(ResponsePeriod period, Consumer<StoredAnswer> sink) {
        streaming.query(EACH_ANSWER, params(period), row -> {
            sink.accept(answer(row));
        });
    }

    @Override
    public List<Long> versionsAnswered(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(VERSIONS_ANSWERED, Map.of("campaigns", List.copyOf(campaignIds)), Long.class);
    }

    @Override
    public void eachResponse(ResponseSelection selection, Consumer<StoredResponse> sink) {
        if (!selection.campaignIds().isEmpty()) {
            whole.each(selection, sink);
        }
    }

    @Override
    public void eachUnfinished(
            Collection<Long> campaignIds, Optional<String> language, Consumer<UnfinishedResponse> sink) {
        if (!campaignIds.isEmpty()) {
            whole.eachUnfinished(campaignIds, language, sink);
        }
    }

    @Override
    public long unfinishedStarted(long campaignId, Instant since, Instant until) {
        Long count = jdbc.queryForObject(
                UNFINISHED_STARTED,
                Map.of("campaign", campaignId, "since", Timestamp.from(since), "until", Timestamp.from(until)),
                Long.class);
        return count == null ? 0 : count;
    }

    static StoredAnswer answer(ResultSet row) throws SQLException {
        return new StoredAnswer(
                row.getLong("response_id"),
                row.getDate("submitted_on").toLocalDate(),
                Optional.ofNullable(row.getString("question_key")),
                Optional.ofNullable(row.getString("choice_value")),
                Optional.ofNullable(row.getBigDecimal("number_value")),
                Optional.ofNullable(row.getString("text_value")),
                Optional.ofNullable(row.getDate("date_value")).map(Date::toLocalDate));
    }

    private static Map<String, Object> params(ResponsePeriod period) {
        Map<String, Object> params = new HashMap<>();
        params.put("campaign", period.campaignId());
        params.put("from", Date.valueOf(period.from()));
        params.put("to", Date.valueOf(period.to()));
        return params;
    }

    private static Map<String, Object> params(ResponsePeriod period, Collection<String> keys) {
        Map<String, Object> params = params(period);
        params.put("keys", List.copyOf(keys));
        return params;
    }
}
