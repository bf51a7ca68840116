package fi.mittari.audit.migration;

import fi.mittari.audit.AppendOnly;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/**
 * The embedded database's trigger on {@code audit_entry} (created by {@link V32__Audit_log_append_only}): refuses
 * every update, and every delete unless the session has set {@link AppendOnly#RETENTION_FLAG}. H2 runs triggers as
 * Java classes, so it needs a public one with a public constructor.
 */
public class AppendOnlyAuditEntries implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null || !retention(connection)) {
            throw new SQLException("audit_entry is append-only", "45000");
        }
    }

    private static boolean retention(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet flag = sql.executeQuery("SELECT @" + AppendOnly.RETENTION_FLAG)) {
            return flag.next() && flag.getInt(1) == 1;
        }
    }
}
