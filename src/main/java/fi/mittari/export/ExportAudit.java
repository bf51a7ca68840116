package fi.mittari.export;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every export is recorded when it is prepared, before a byte is written: who took which answers out, with which
 * filters and in which form, and whether personal questions and open texts were included. This is the one place that
 * talks to the audit log; until it is wired to the audit trail the record is a log line. The line names the scope,
 * filters and form only: no answer and no respondent ever appears in it, and the staff account only in the audit log.
 */
@Singleton
public class ExportAudit {

    private static final Logger LOG = LoggerFactory.getLogger(ExportAudit.class);

    /** Records one export by {@code user} (a staff account's name). */
    public void recorded(String user, ExportScope scope, ExportRequest request) {
        ExportFilter filter = request.filter();
        LOG.info(
                "Answers exported: {} {} as {}, period {}–{}, partial {}, campaign {}, language {}, sensitive {}",
                scope instanceof ExportScope.OfCampaign ? "campaign" : "questionnaire",
                scope.fileStem(),
                request.format().parameter(),
                filter.from().map(Object::toString).orElse(""),
                filter.to().map(Object::toString).orElse(""),
                filter.partial(),
                filter.campaign().orElse(""),
                filter.language().map(l -> l.code()).orElse(""),
                request.sensitive());
    }
}
