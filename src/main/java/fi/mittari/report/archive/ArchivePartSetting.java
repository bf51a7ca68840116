package fi.mittari.report.archive;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * Archived workbooks are stored in parts of at most this many bytes, below MariaDB's max_allowed_packet
 * (MITTARI_REPORT_PART_SIZE).
 */
@Context
@ConfigurationProperties("mittari.reports")
record ArchivePartSetting(
        @Min(value = 1, message = "MITTARI_REPORT_PART_SIZE must be a whole number of bytes ≥ 1, was {validatedValue}")
                int partSize) {}
