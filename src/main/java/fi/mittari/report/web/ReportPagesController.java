package fi.mittari.report.web;

import fi.mittari.report.archive.ArchivedReport;
import fi.mittari.report.archive.ReportDeliveries;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.web.ReportPages.DefinitionRow;
import fi.mittari.report.web.ReportPages.DeliveryRow;
import fi.mittari.report.web.ReportPages.ReportList;
import fi.mittari.report.web.ReportPages.ReportRow;
import fi.mittari.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff page of archived reports: each with its deliveries and a download link, and a Build now form per report
 * definition (it posts to the funderReport start form of the jobs page, the launch path the API uses too). A FUNDER
 * sees only the reports of the projects assigned to the account, with download links.
 */
@Controller("/staff/reports")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.FUNDER})
class ReportPagesController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Helsinki"));

    private final VisibleReports reports;
    private final ReportDeliveries deliveries;
    private final ReportCatalog catalog;
    private final ReportDownloads downloads;

    ReportPagesController(
            VisibleReports reports, ReportDeliveries deliveries, ReportCatalog catalog, ReportDownloads downloads) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.downloads = downloads;
    }

    @Get
    ModelAndView<?> list(Authentication user) {
        boolean staff = VisibleReports.seesAll(user);
        List<ReportRow> rows =
                reports.list(user).stream().map(r -> row(r, staff)).toList();
        List<DefinitionRow> definitions = staff
                ? catalog.all().stream()
                        .map(d -> new DefinitionRow(d.code(), d.title(), String.join(", ", d.projects())))
                        .toList()
                : List.of();
        return new ModelAndView<>("reports/list", Map.of("page", new ReportList(staff, rows, definitions)));
    }

    @Get("/{id}/file")
    HttpResponse<?> file(long id, Authentication user) {
        VisibleReports.Lookup found = reports.find(user, id);
        if (found instanceof VisibleReports.Lookup.Found report) {
            return downloads.download(report.report());
        }
        return found instanceof VisibleReports.Lookup.Forbidden
                ? HttpResponse.status(HttpStatus.FORBIDDEN).body("Not one of your projects' reports")
                : HttpResponse.notFound("No report " + id);
    }

    private ReportRow row(ArchivedReport report, boolean staff) {
        List<DeliveryRow> sent = staff
                ? deliveries.ofReport(report.id()).stream()
                        .map(d -> new DeliveryRow(
                                d.recipient(),
                                d.status().name(),
                                d.attempts(),
                                d.lastError() == null ? "" : d.lastError()))
                        .toList()
                : List.of();
        String period = report.periodFrom() == null ? "" : report.periodFrom() + " – " + report.periodTo();
        return new ReportRow(
                report.id(),
                report.title(),
                report.reportCode() == null ? "" : report.reportCode(),
                String.join(", ", report.projects()),
                period,
                TIME.format(report.createdAt()),
                size(report.sizeBytes()),
                report.sha256().substring(0, 12),
                report.sha256(),
                "/staff/reports/" + report.id() + "/file",
                report.fileName(),
                sent);
    }

    /** "12.3 MB", "45.6 kB", "789 B". */
    static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        if (bytes >= 1_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1_000.0);
        }
        return bytes + " B";
    }
}
