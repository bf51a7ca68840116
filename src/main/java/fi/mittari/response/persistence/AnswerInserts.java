package fi.mittari.response.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes answer rows as multi-row INSERTs in the caller's transaction: one statement (one round trip) for a whole
 * response, where the repository's {@code saveAll} sends one INSERT per row (it reads each generated id back, which no
 * caller needs). Same columns, same values, on H2 and MariaDB alike.
 */
@Singleton
public class AnswerInserts {

    /** Rows per statement: 7 placeholders each, far below any driver's limit on parameters. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final String INSERT = "INSERT INTO answer (response_id, question_key, choice_value, number_value,"
            + " text_value, date_value) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?)";

    private final TransactionOperations<Connection> transactions;

    AnswerInserts(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Inserts the rows (their ids are left to the database), in the caller's transaction or else in one of its own. */
    public void insert(List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                write(connection, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
            }
            return null;
        });
    }

    private static void write(Connection connection, List<AnswerRow> chunk) {
        try (PreparedStatement insert = connection.prepareStatement(sql(chunk.size()))) {
            int at = 1;
            for (AnswerRow row : chunk) {
                at = bind(insert, at, row);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AnswerInsertFailed(e);
        }
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement insert, int first, AnswerRow row) throws SQLException {
        int at = first;
        insert.setLong(at++, row.responseId());
        insert.setString(at++, row.questionKey());
        nullable(insert, at++, row.choiceValue(), Types.VARCHAR);
        BigDecimal number = row.numberValue();
        if (number == null) {
            insert.setNull(at++, Types.DECIMAL);
        } else {
            insert.setBigDecimal(at++, number);
        }
        nullable(insert, at++, row.textValue(), Types.VARCHAR);
        if (row.dateValue() == null) {
            insert.setNull(at++, Types.DATE);
        } else {
            // a LocalDate as it is (JDBC 4.2): a java.sql.Date would pass through the JVM's zone (see ResponseRow)
            insert.setObject(at++, row.dateValue());
        }
        return at;
    }

    private static void nullable(PreparedStatement insert, int at, String value, int type) throws SQLException {
        if (value == null) {
            insert.setNull(at, type);
        } else {
            insert.setString(at, value);
        }
    }

    /**
     * The insert failed; a runtime exception so that the transaction rolls back. A data access exception, so that
     * callers that recover from a duplicate or a lost connection see it as they see the repository's.
     */
    static final class AnswerInsertFailed extends io.micronaut.data.exceptions.DataAccessException {
        AnswerInsertFailed(SQLException cause) {
            super("answer rows were not written: " + cause.getMessage(), cause);
        }
    }
}
