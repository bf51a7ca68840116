package fi.mittari.privacy;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import jakarta.inject.Singleton;

/**
 * The one place where actions on personal data are handed to the audit log: a retention run, an erasure, an access
 * export, a change of a retention rule or a privacy notice — who, what kind, on which campaign or project, how many
 * rows; never a pseudonym, an invitation reference or an answer.
 */
@Singleton
public class PrivacyAudit {

    private final AuditTrail trail;

    PrivacyAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** {@code what}: e.g. RETENTION_DELETE, ERASE_PSEUDONYM, ACCESS_EXPORT; {@code target}: a campaign or project code. */
    public void record(String actor, String what, String target, long count) {
        trail.record(actor, event(what, target, count));
    }

    private static AuditEvent event(String what, String target, long count) {
        if (what.startsWith("RETENTION_RULE") || what.equals("PRIVACY_NOTICE")) {
            return new AuditEvent.PrivacySettingChanged(what.toLowerCase(java.util.Locale.ROOT), target);
        }
        if (what.startsWith("RETENTION_")) {
            return new AuditEvent.RetentionRun(what.toLowerCase(java.util.Locale.ROOT) + " " + target, count);
        }
        if (what.equals("ACCESS_EXPORT")) {
            return new AuditEvent.AccessExported(target, "csv, " + count + " rows");
        }
        return new AuditEvent.Erased(what.toLowerCase(java.util.Locale.ROOT) + " " + target, count);
    }
}
