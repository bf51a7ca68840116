package fi.mittari.response.persistence;

import fi.mittari.response.ResponseSelection;
import fi.mittari.response.StoredAnswer;
import fi.mittari.response.StoredResponse;
import fi.mittari.response.UnfinishedResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Whole responses read through the cursor of {@link JdbcStoredResponses}: the rows of every answer in order
 * ({@link JdbcStoredResponses#everyAnswer}) put together one response at a time, and the unfinished responses with
 * their saved answers. What an export reads; nothing but the response being put together is held.
 */
final class WholeResponses {

    private static final Argument<Map<String, List<String>>> SAVED_ANSWERS =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private static final String RESPONSE_COLUMNS = ", r.campaign_id AS campaign_id,"
            + " r.questionnaire_version_id AS version_id, r.language AS language, r.submission_key AS submission_key";

    private final NamedParameterJdbcTemplate streaming;
    private final ObjectMapper json;

    WholeResponses(NamedParameterJdbcTemplate streaming, ObjectMapper json) {
        this.streaming = streaming;
        this.json = json;
    }

    void each(ResponseSelection selection, Consumer<StoredResponse> sink) {
        var params = new MapSqlParameterSource("campaigns", selection.campaignIds());
        StringBuilder condition = new StringBuilder(" r.campaign_id IN (:campaigns)");
        selection.from().ifPresent(from -> {
            condition.append(" AND r.submitted_on >= :from");
            params.addValue("from", from);
        });
        selection.to().ifPresent(to -> {
            condition.append(" AND r.submitted_on <= :to");
            params.addValue("to", to);
        });
        selection.language().ifPresent(language -> {
            condition.append(" AND r.language = :language");
            params.addValue("language", language);
        });
        Assembled assembled = new Assembled(sink);
        streaming.query(
                JdbcStoredResponses.everyAnswer(RESPONSE_COLUMNS, condition.toString()),
                params,
                (ResultSet row) -> assembled.add(row));
        assembled.emit();
    }

    void eachUnfinished(Collection<Long> campaignIds, Optional<String> language, Consumer<UnfinishedResponse> sink) {
        var params = new MapSqlParameterSource("campaigns", List.copyOf(campaignIds));
        language.ifPresent(code -> params.addValue("language", code));
        String sql = "SELECT p.campaign_id, p.submission_key_hash, p.language, p.updated_at, p.answers"
                + " FROM partial_response p WHERE p.campaign_id IN (:campaigns)"
                + language.map(code -> " AND p.language = :language").orElse("")
                + " ORDER BY p.id";
        streaming.query(sql, params, (ResultSet row) -> {
            sink.accept(new UnfinishedResponse(
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getTimestamp(4).toInstant(),
                    saved(row.getString(5))));
        });
    }

    private Map<String, List<String>> saved(String answers) {
        try {
            return json.readValue(answers, SAVED_ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response being put together, handed on when the next one starts. */
    private static final class Assembled {
        private final Consumer<StoredResponse> sink;
        private StoredResponse response;
        private final List<StoredAnswer> answers = new ArrayList<>();

        Assembled(Consumer<StoredResponse> sink) {
            this.sink = sink;
        }

        void add(ResultSet row) throws SQLException {
            StoredAnswer answer = JdbcStoredResponses.answer(row);
            if (response == null || response.id() != answer.responseId()) {
                emit();
                response = new StoredResponse(
                        answer.responseId(),
                        row.getLong("campaign_id"),
                        row.getLong("version_id"),
                        row.getString("language"),
                        answer.submittedOn(),
                        row.getString("submission_key"),
                        List.of());
            }
            if (answer.questionKey().isPresent()) {
                answers.add(answer);
            }
        }

        void emit() {
            if (response == null) {
                return;
            }
            StoredResponse done = response;
            response = null;
            List<StoredAnswer> its = List.copyOf(answers);
            answers.clear();
            sink.accept(new StoredResponse(
                    done.id(),
                    done.campaignId(),
                    done.questionnaireVersionId(),
                    done.language(),
                    done.submittedOn(),
                    done.submissionKey(),
                    its));
        }
    }
}
