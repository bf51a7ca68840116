package fi.mittari.report.web;

import fi.mittari.report.ReportSummary;
import fi.mittari.report.Reports;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;

/** Lists stored reports and downloads their workbooks. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.FUNDER})
class ReportApiController {

    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @Get
    List<ReportSummary> list() {
        return reports.list();
    }

    @Get("/{id}/file")
    HttpResponse<?> file(long id) {
        return reports.file(id)
                .<HttpResponse<?>>map(file -> HttpResponse.ok(file.content())
                        .contentType(XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\""))
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No report " + id)));
    }
}
