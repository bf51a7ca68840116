package fi.mittari.report.web;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The view models of the staff page of archived reports; numbers and dates raw, formatted by the template. */
public final class ReportPages {

    private ReportPages() {}

    /**
     * What one recipient's delivery came to: {@code status} is a {@code DeliveryStatus} name; {@code lastError} has no
     * addresses in it.
     */
    public record DeliveryRow(String recipient, String status, int attempts, String lastError) {}

    /** @param projects the projects' names */
    public record ReportRow(
            long id,
            String title,
            String code,
            String projects,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            Instant generated,
            long sizeBytes,
            String shortSha256,
            String sha256,
            String href,
            String fileName,
            List<DeliveryRow> deliveries) {

        /** The size in kilobytes or megabytes (1,000 based), for "45,6 kt"; see {@link #megabytes()}. */
        public BigDecimal kilobytes() {
            return BigDecimal.valueOf(sizeBytes).movePointLeft(3);
        }

        public BigDecimal megabytes() {
            return BigDecimal.valueOf(sizeBytes).movePointLeft(6);
        }
    }

    /** @param projects the projects' names */
    public record DefinitionRow(String code, String title, String projects) {}

    /** {@code staff}: ADMIN or ANALYST, who see deliveries and may build reports; a FUNDER sees only downloads. */
    public record ReportList(boolean staff, List<ReportRow> reports, List<DefinitionRow> definitions) {}
}
