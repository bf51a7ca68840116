package fi.mittari.report.archive;

import fi.mittari.report.ReportLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A built report as the archive keeps it, beside its file.
 *
 * @param parameters the job parameters of the run that built it
 * @param definition the report definition as JSON text, as it was at build time
 * @param figures the summary figures ({@code ArchivedFigures}) as JSON text
 * @param emails the addresses the workbook is delivered to
 */
public record NewReport(
        String reportCode,
        String title,
        ReportLanguage language,
        List<String> projects,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant asOf,
        Instant createdAt,
        Map<String, String> parameters,
        String definition,
        String figures,
        String startedBy,
        long jobExecutionId,
        List<String> emails) {

    public NewReport {
        projects = List.copyOf(projects);
        parameters = Map.copyOf(parameters);
        emails = List.copyOf(emails);
    }
}
