package fi.mittari.privacy;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The one place where actions on personal data are handed to the audit log: a retention run, an erasure, an access
 * export, a change of a retention rule or a privacy notice — who, what kind, on which campaign or project, how many
 * rows; never a pseudonym, an invitation reference or an answer.
 */
@Singleton
class PrivacyAudit {

    private final AuditTrail trail;

    PrivacyAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** {@code count} responses of {@code campaign} were removed: by a retention rule or on a person's request. */
    void removed(String actor, RemovalKind kind, String campaign, long count) {
        String what = kind.name().toLowerCase(Locale.ROOT) + " " + campaign;
        trail.record(
                actor,
                kind.retention() ? new AuditEvent.RetentionRun(what, count) : new AuditEvent.Erased(what, count));
    }

    /** A person's rows among a project's coached participants were erased on request. */
    void coachedParticipantErased(String actor, String projectCode, long count) {
        trail.record(actor, new AuditEvent.Erased("erase_coached_participant " + projectCode, count));
    }

    /** A person's answers were exported for them; {@code campaign} is where the first was found, "-" when none. */
    void accessExported(String actor, String campaign, long rows) {
        trail.record(actor, new AuditEvent.AccessExported(campaign, "csv, " + rows + " rows"));
    }

    /** A retention rule or a campaign's privacy notice was changed. */
    void settingChanged(String actor, AuditEvent.PrivacySetting setting, String target) {
        trail.record(actor, new AuditEvent.PrivacySettingChanged(setting, target));
    }
}
