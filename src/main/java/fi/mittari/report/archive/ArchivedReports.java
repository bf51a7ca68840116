package fi.mittari.report.archive;

import java.util.List;
import java.util.Optional;

/**
 * Where archived reports' records are kept (a port: {@link ReportArchive} archives and lists, the adapter in {@code
 * report.archive.persistence} stores; the files' parts are {@link StoredParts}').
 */
public interface ArchivedReports {

    /** Stores the record of the report written to {@code file}, named {@code fileName}; returns its id. */
    long add(NewReport report, String fileName, WrittenFile file);

    /** Every archived report with its deliveries counted by status, newest first. */
    List<ArchivedReport> all();

    /** The definition code's newest report's figures (ArchivedFigures as JSON), if any. */
    Optional<String> newestFigures(String reportCode);
}
