package fi.mittari.response.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The rows the API writes for a JSON submission, written with nothing around them: the response row and its answers in
 * one transaction, the answers as a JDBC batch, on the application's own pool. Every baseline ends here.
 */
public final class BareResponseWrite {

    private final DataSource pool;

    public BareResponseWrite(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Stores one response of the campaign with {@code answers} (question key to a text or a number, in the JSON's
     * order: the driver splits the batch wherever the fourth column's type changes, so the order sets the statement
     * count) under {@code submissionKey}; its id, once committed.
     */
    public long write(CampaignRows.CampaignIds ids, String submissionKey, Map<String, Object> answers)
            throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            long response;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO response (campaign_id, questionnaire_version_id, submission_key, language, channel,"
                            + " submitted_at, submitted_on) VALUES (?, ?, ?, 'fi', 'API', CURRENT_TIMESTAMP,"
                            + " CURRENT_DATE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, ids.campaign());
                insert.setLong(2, ids.questionnaireVersion());
                insert.setString(3, submissionKey);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    response = keys.getLong(1);
                }
            }
            try (PreparedStatement rows = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, choice_value, number_value) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Object> answer : answers.entrySet()) {
                    rows.setLong(1, response);
                    rows.setString(2, answer.getKey());
                    rows.setString(3, String.valueOf(answer.getValue()));
                    if (answer.getValue() instanceof Number number) {
                        rows.setBigDecimal(4, new BigDecimal(number.toString()));
                    } else {
                        rows.setNull(4, Types.DECIMAL);
                    }
                    rows.addBatch();
                }
                rows.executeBatch();
            }
            connection.commit();
            return response;
        }
    }
}
