package fi.mittari.report.web;

import fi.mittari.report.archive.ArchivedReport;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;

/**
 * The report archive over the API: the reports the user may see, newest first, and each one's workbook, streamed from
 * its parts. A FUNDER gets 403 for a report of a project not assigned to the account.
 */
@ApiErrors
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.FUNDER})
class ReportApiController {

    private final VisibleReports reports;
    private final ReportDownloads downloads;

    ReportApiController(VisibleReports reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @Get
    List<ArchivedReport> list(Authentication user) {
        return reports.list(user);
    }

    @Get("/{id}/file")
    @ApiResponse(
            responseCode = "200",
            description = "The workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> file(long id, Authentication user) {
        VisibleReports.Lookup found = reports.find(user, id);
        if (found instanceof VisibleReports.Lookup.Found report) {
            return downloads.download(report.report());
        }
        if (found instanceof VisibleReports.Lookup.Forbidden) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(ApiProblem.of("Report " + id + " is not one of your projects' reports"));
        }
        return HttpResponse.notFound(ApiProblem.of("No report " + id));
    }
}
