package fi.mittari;

import java.sql.SQLException;

/**
 * Recognises a unique key refusing a second row — what a concurrent twin request causes — among the database errors,
 * so that only that case is answered as "already stored"; every other failure (a foreign key, a lost connection) is
 * a real one and propagates.
 */
public final class DuplicateKey {

    /** H2's SQL state for a unique key violation (the standard's class 23 with its own subclass). */
    private static final String H2_UNIQUE = "23505";

    /** MariaDB's error number for "Duplicate entry … for key …" (its SQL state is the generic 23000). */
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    private DuplicateKey() {}

    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (H2_UNIQUE.equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_DUPLICATE_ENTRY)) {
                return true;
            }
        }
        return false;
    }
}
