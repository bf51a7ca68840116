package fi.mittari.report.web;

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

    ReportDownloads(ReportArchive archive) {
        this.archive = archive;
    }

    HttpResponse<?> download(ArchivedReport report) {
        StreamedFile file = new StreamedFile(
                archive.openFile(report.id()), XLSX, report.createdAt().toEpochMilli(), report.sizeBytes());
        return HttpResponse.ok(file.attach(report.fileName()));
    }
}
