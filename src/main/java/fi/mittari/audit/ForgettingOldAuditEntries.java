package fi.mittari.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The audit log's retention: entries older than {@code mittari.audit.retention-months} (default 24) are deleted, the
 * only delete of the log anywhere. Long enough to look back over two reporting years, short enough that staff
 * members' logins are not kept for ever. Idempotent, so every instance may run it. The database lets only this delete
 * through ({@link AppendOnly}).
 */
@Singleton
public class ForgettingOldAuditEntries {

    private static final Logger LOG = LoggerFactory.getLogger(ForgettingOldAuditEntries.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final int months;
    private final AuditTrail trail;

    ForgettingOldAuditEntries(
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            ZoneId zone,
            AuditTrail trail,
            AuditRetentionSetting retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.trail = trail;
        this.months = retention.retentionMonths();
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "5m")
    void onSchedule() {
        forgetOld();
    }

    /** Deletes the entries older than the retention period; returns how many. A run that deleted some is recorded. */
    public long forgetOld() {
        var cutoff = clock.instant().atZone(zone).minusMonths(months).toInstant();
        long deleted = deleteOlderThan(cutoff);
        if (deleted > 0) {
            LOG.info("Deleted {} audit entries older than {} months", deleted, months);
            trail.record(AuditTrail.SYSTEM, new AuditEvent.RetentionRun("audit-log", deleted));
        }
        return deleted;
    }

    /** The one delete the database lets through: the flag set, the statement run and the flag cleared on one connection. */
    private long deleteOlderThan(Instant cutoff) {
        Integer deleted = jdbc.getJdbcTemplate().execute((ConnectionCallback<Integer>) connection -> {
            try (Statement flag = connection.createStatement()) {
                flag.execute("SET @" + AppendOnly.RETENTION_FLAG + " = 1");
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM audit_entry WHERE recorded_at < ?")) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    return delete.executeUpdate();
                } finally {
                    flag.execute("SET @" + AppendOnly.RETENTION_FLAG + " = NULL");
                }
            }
        });
        return deleted == null ? 0 : deleted;
    }
}
