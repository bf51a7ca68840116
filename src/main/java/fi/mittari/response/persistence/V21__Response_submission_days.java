package fi.mittari.response.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every response the day it was submitted on in the application's time zone ({@code response.submitted_on}),
 * so periods and month groups are drawn by that day and not by the zone of whoever reads the timestamp.
 *
 * <p>Existing rows are filled in Java: their {@code submitted_at} was written by a JVM from an instant in its own
 * default zone, so reading it back through the same kind of JVM gives that instant, whose day in the setting's zone
 * is the answer. The migration is not in a Flyway location; {@link SubmissionDaysMigration} hands it the zone.
 */
public class V21__Response_submission_days extends BaseJavaMigration {

    private static final int BATCH = 1000;

    private final ZoneId zone;

    V21__Response_submission_days(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE response ADD COLUMN submitted_on DATE NULL");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, submitted_at FROM response");
                PreparedStatement write =
                        connection.prepareStatement("UPDATE response SET submitted_on = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                var day = rows.getTimestamp("submitted_at")
                        .toInstant()
                        .atZone(zone)
                        .toLocalDate();
                write.setObject(1, day);
                write.setLong(2, rows.getLong("id"));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE response MODIFY submitted_on DATE NOT NULL");
            ddl.execute("CREATE INDEX ix_response_campaign_submitted_on ON response (campaign_id, submitted_on)");
        }
    }
}
