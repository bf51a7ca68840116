package fi.mittari.export;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import jakarta.inject.Singleton;

/**
 * Every export is recorded in the audit log when it is prepared, before a byte is written: who took which answers
 * out, in which form, and whether personal questions and open texts were included. No answer and no respondent ever
 * appears in the entry.
 */
@Singleton
public class ExportAudit {

    private final AuditTrail trail;

    ExportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records one export by {@code user} (a staff account's name). */
    public void recorded(String user, ExportScope scope, ExportRequest request) {
        String kind = scope instanceof ExportScope.OfCampaign ? "campaign " : "questionnaire ";
        trail.record(
                user,
                new AuditEvent.Exported(
                        AuditEvent.ExportedData.ANSWERS,
                        kind + scope.fileStem(),
                        request.format().parameter(),
                        request.sensitive()));
    }
}
