package fi.mittari.report.archive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An archived report without its file. Reports archived before report definitions existed have no code, language,
 * projects or period.
 *
 * @param deliveries how many email deliveries are in each status (QUEUED, SENT, …)
 */
@Serdeable
public record ArchivedReport(
        long id,
        String title,
        @Nullable String reportCode,
        List<String> projects,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Nullable String language,
        Instant asOf,
        Instant createdAt,
        long sizeBytes,
        String sha256,
        String fileName,
        @Nullable String startedBy,
        Map<String, Integer> deliveries) {

    public ArchivedReport {
        projects = List.copyOf(projects);
        deliveries = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(deliveries));
    }

    /** Whether an account that may see {@code allowed} projects may see this report: all of its projects. */
    public boolean visibleTo(java.util.Collection<String> allowed) {
        return !projects.isEmpty() && allowed.containsAll(projects);
    }
}
