package fi.mittari.report.web;

import fi.mittari.context.Project;
import fi.mittari.context.Projects;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private final VisibleReports reports;
    private final ReportDeliveries deliveries;
    private final ReportCatalog catalog;
    private final ReportDownloads downloads;
    private final Projects projects;

    ReportPagesController(
            VisibleReports reports,
            ReportDeliveries deliveries,
            ReportCatalog catalog,
            ReportDownloads downloads,
            Projects projects) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.downloads = downloads;
        this.projects = projects;
    }

    @Get
    ModelAndView<?> list(Authentication user) {
        boolean staff = VisibleReports.seesAll(user);
        Map<String, String> names = projects.all().stream().collect(Collectors.toMap(Project::code, Project::name));
        List<ReportRow> rows =
                reports.list(user).stream().map(r -> row(r, staff, names)).toList();
        List<DefinitionRow> definitions = staff
                ? catalog.all().stream()
                        .map(d -> new DefinitionRow(d.code(), d.title(), named(d.projects(), names)))
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

    private static String named(List<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    private ReportRow row(ArchivedReport report, boolean staff, Map<String, String> names) {
        List<DeliveryRow> sent = staff
                ? deliveries.ofReport(report.id()).stream()
                        .map(d -> new DeliveryRow(
                                d.recipient(),
                                d.status().name(),
                                d.attempts(),
                                d.lastError() == null ? "" : d.lastError()))
                        .toList()
                : List.of();
        return new ReportRow(
                report.id(),
                report.title(),
                report.reportCode() == null ? "" : report.reportCode(),
                named(report.projects(), names),
                report.periodFrom(),
                report.periodTo(),
                report.createdAt(),
                report.sizeBytes(),
                report.sha256().substring(0, 12),
                report.sha256(),
                "/staff/reports/" + report.id() + "/file",
                report.fileName(),
                sent);
    }
}
