package fi.mittari.report.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The cover: what the workbook is about and when its figures are from. {@code generatedAt} is the build's time as the
 * job passes it (never read from the clock by the writer), so the same inputs give the same bytes.
 *
 * @param asOf when the figures were computed (the indicator run the workbook reads)
 * @param zone the application's time zone, in which the workbook shows its times and stamps its zip entries
 * @param ecosystem the ecosystem a report of an ecosystem is of; then {@code projects} are its projects (none for a
 *     region, which is of all projects)
 */
public record Cover(
        String title,
        String reportCode,
        List<ProjectLine> projects,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant asOf,
        Instant generatedAt,
        String mittariVersion,
        String contactName,
        Optional<String> contactEmail,
        Optional<String> contactPhone,
        ZoneId zone,
        Optional<EcosystemLine> ecosystem) {

    public Cover {
        projects = List.copyOf(projects);
    }

    /** A report of projects. */
    public Cover(
            String title,
            String reportCode,
            List<ProjectLine> projects,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant asOf,
            Instant generatedAt,
            String mittariVersion,
            String contactName,
            Optional<String> contactEmail,
            Optional<String> contactPhone,
            ZoneId zone) {
        this(
                title,
                reportCode,
                projects,
                periodFrom,
                periodTo,
                asOf,
                generatedAt,
                mittariVersion,
                contactName,
                contactEmail,
                contactPhone,
                zone,
                Optional.empty());
    }

    /**
     * The ecosystem of a report: its code, its name in the report's language, and for a region ecosystem the region's
     * name.
     */
    public record EcosystemLine(String code, String name, Optional<String> region) {}

    /** A project on the cover: code, name, funder and the funder's grant id (avustusnumero). */
    public record ProjectLine(String code, String name, String funder, Optional<String> grantId) {}
}
