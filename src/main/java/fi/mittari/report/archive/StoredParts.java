package fi.mittari.report.archive;

import java.util.Optional;

/** Where a report's file parts are kept (a port: {@link ReportParts} cuts and joins them, the adapter stores them). */
public interface StoredParts {

    void insert(long reportId, int partNo, byte[] content);

    /** How many parts the report has (0 for none). */
    int count(long reportId);

    Optional<byte[]> part(long reportId, int partNo);
}
