package fi.mittari.report;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A stored report without its content. */
@Serdeable
public record ReportSummary(
        long id,
        String title,
        String fileName,
        long sizeBytes,
        String sha256,
        Instant asOf,
        Instant createdAt,
        long jobExecutionId) {}
