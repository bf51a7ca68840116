package fi.mittari.audit.migration;

import fi.mittari.audit.AppendOnly;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the database refuse to change or delete audit entries (docs/adr/0034): a trigger before UPDATE and DELETE on
 * {@code audit_entry} that lets a delete through only on a connection that has set {@link AppendOnly#RETENTION_FLAG},
 * which only the log's own retention does. The two databases write triggers differently (MariaDB in SQL, H2 as a Java
 * class), so this migration is Java and chooses by the connection's database.
 */
public class V32__Audit_log_append_only extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V32__Audit_log_append_only.class);

    /** MariaDB refuses CREATE TRIGGER to an account without SUPER while binary logging is on and not trusted. */
    private static final int NEEDS_SUPER = 1419;

    static final String MARIADB_UPDATE =
            """
            CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'""";

    static final String MARIADB_DELETE =
            """
            CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
            BEGIN
              IF @%s IS NULL OR @%s <> 1 THEN
                SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
              END IF;
            END"""
                    .formatted(AppendOnly.RETENTION_FLAG, AppendOnly.RETENTION_FLAG);

    static final String H2 = "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry"
            + " FOR EACH ROW CALL '" + AppendOnlyAuditEntries.class.getName() + "'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement sql = connection.createStatement()) {
            if (product.contains("h2")) {
                sql.execute(H2);
                return;
            }
            try {
                sql.execute(MARIADB_UPDATE);
                sql.execute(MARIADB_DELETE);
            } catch (SQLException e) {
                if (e.getErrorCode() != NEEDS_SUPER) {
                    throw e;
                }
                // Galera runs with binary logging; the schema must still migrate. docs/operations.md, Audit log,
                // gives the operator the two statements to run as a privileged account.
                LOG.warn("The audit log's append-only triggers were not created: the database account may not"
                        + " create triggers while binary logging is on (docs/operations.md, Audit log)");
            }
        }
    }
}
