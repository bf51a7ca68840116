package fi.mittari;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The failures of a respondent's write that are worth trying again, as {@link RetriedWrites} asks (docs/operations.md,
 * Galera): a Galera node refused the transaction at certification because another node committed a conflicting one
 * first (MariaDB reports it as a deadlock, error 1213, SQLState 40001), or the connection was lost because the
 * database node behind it died (SQLState class 08; the pool then hands out a connection to a node that lives). Trying
 * again is safe: a submission is stored once per submission key, and a saved page replaces the one saved before.
 */
public final class RetriedWriteFailure implements Predicate<Throwable> {

    static final int ER_LOCK_DEADLOCK = 1213;

    @Override
    public boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && retried(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean retried(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return failure.getErrorCode() == ER_LOCK_DEADLOCK || state.equals("40001") || state.startsWith("08");
    }
}
