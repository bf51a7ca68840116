package fi.mittari.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log's retention: entries older than {@code mittari.audit.retention-months} (default 24) are deleted, the
 * only delete of the log anywhere. Long enough to look back over two reporting years, short enough that staff
 * members' logins are not kept for ever. Idempotent, so every instance may run it. The database lets only this delete
 * through ({@link AppendOnly}).
 */
@Singleton
public class ForgettingOldAuditEntries {

    private static final Logger LOG = LoggerFactory.getLogger(ForgettingOldAuditEntries.class);

    private final AuditEntries entries;
    private final Clock clock;
    private final ZoneId zone;
    private final int months;
    private final AuditTrail trail;

    ForgettingOldAuditEntries(
            AuditEntries entries, Clock clock, ZoneId zone, AuditTrail trail, AuditRetentionSetting retention) {
        this.entries = entries;
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
        long deleted = entries.deleteRecordedBefore(cutoff);
        if (deleted > 0) {
            LOG.info("Deleted {} audit entries older than {} months", deleted, months);
            trail.record(AuditTrail.SYSTEM, new AuditEvent.RetentionRun("audit-log", deleted));
        }
        return deleted;
    }
}
