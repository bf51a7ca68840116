package fi.mittari.report.web;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import fi.mittari.report.archive.ArchivedReport;
import fi.mittari.report.archive.ReportArchive;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;

/** A report's workbook as a download: streamed from its parts, with a safe attachment file name. */
@Singleton
class ReportDownloads {

    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportArchive archive;
    private final AuditTrail audit;

    ReportDownloads(ReportArchive archive, AuditTrail audit) {
        this.archive = archive;
        this.audit = audit;
    }

    HttpResponse<?> download(ArchivedReport report) {
        StreamedFile file = new StreamedFile(
                archive.openFile(report.id()), XLSX, report.createdAt().toEpochMilli(), report.sizeBytes());
        // workbooks hold figures, not answers: no personal columns
        audit.record(new AuditEvent.Exported(
                AuditEvent.ExportedData.REPORT_WORKBOOK, "report " + report.id(), "xlsx", false));
        return HttpResponse.ok(file.attach(report.fileName()));
    }
}
