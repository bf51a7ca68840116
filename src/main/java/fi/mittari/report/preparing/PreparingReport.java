package fi.mittari.report.preparing;

import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Gathers what a report definition's workbook shows from the stored indicator values, the project context, the
 * questionnaires and the answers, in the report's language and after small-group suppression.
 */
public interface PreparingReport {

    /**
     * @param generatedAt the build's time, shown on the cover
     * @param today the day the period is resolved against, in the application's time zone
     */
    WorkbookContent prepare(ReportDefinition definition, Instant generatedAt, LocalDate today);
}
