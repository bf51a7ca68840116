package fi.mittari.report.web;

import java.util.List;

/** The view models of the staff page of archived reports. */
public final class ReportPages {

    private ReportPages() {}

    /** What one recipient's delivery came to; {@code lastError} has no addresses in it. */
    public record DeliveryRow(String recipient, String status, int attempts, String lastError) {}

    public record ReportRow(
            long id,
            String title,
            String code,
            String projects,
            String period,
            String generated,
            String size,
            String shortSha256,
            String sha256,
            String href,
            String fileName,
            List<DeliveryRow> deliveries) {}

    public record DefinitionRow(String code, String title, String projects) {}

    /** {@code staff}: ADMIN or ANALYST, who see deliveries and may build reports; a FUNDER sees only downloads. */
    public record ReportList(boolean staff, List<ReportRow> reports, List<DefinitionRow> definitions) {}
}
