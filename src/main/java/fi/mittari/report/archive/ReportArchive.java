package fi.mittari.report.archive;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The archive of built funder workbooks: each with what it was built from, its SHA-256 and size, and its file in
 * parts (docs/adr/0014). Written by the funderReport job; listed and downloaded by staff and funders; its files are
 * what email deliveries attach.
 */
@Singleton
public class ReportArchive {

    private final ArchivedReports reports;
    private final ReportParts parts;
    private final ReportDeliveries deliveries;
    private final ZoneId zone;

    ReportArchive(
            ArchivedReports reports,
            StoredParts storedParts,
            ReportDeliveries deliveries,
            ArchivePartSetting parts,
            ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
        this.parts = new ReportParts(storedParts, parts.partSize());
        this.deliveries = deliveries;
    }

    /**
     * Archives the report and its file, and queues its email deliveries, all in one transaction: a report is either
     * archived whole with its deliveries, or not at all.
     */
    @Transactional
    public long archive(NewReport report, WrittenFile file) {
        long id = reports.add(report, FileNames.of(report.reportCode(), report.createdAt(), zone), file);
        try {
            parts.store(id, file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook file could not be read for archiving", e);
        }
        deliveries.queue(id, report.emails(), report.createdAt());
        return id;
    }

    /** Every archived report, newest first. */
    public List<ArchivedReport> list() {
        return reports.all();
    }

    public Optional<ArchivedReport> find(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The definition code's newest report's figures (ArchivedFigures as JSON), if any. */
    Optional<String> newestFigures(String reportCode) {
        return reports.newestFigures(reportCode);
    }

    /** Writes the report's file to {@code out}, one part at a time. */
    public void copyFile(long id, OutputStream out) throws IOException {
        parts.copy(id, out);
    }

    /** The report's file as a stream that reads one part at a time. */
    public InputStream openFile(long id) {
        return parts.open(id);
    }
}
