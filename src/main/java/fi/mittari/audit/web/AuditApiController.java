package fi.mittari.audit.web;

import fi.mittari.audit.AuditEntry;
import fi.mittari.audit.AuditLog;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;

/**
 * The audit log for admins' API clients: {@code GET /api/audit?user=&action=&from=&to=&page=}, newest first, 50 a
 * page. The read is itself recorded. (The role is spelled out: the audit log depends on no feature.)
 */
@ApiErrors
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @Get
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EntryPage.class)))
    HttpResponse<?> entries(
            @Nullable @QueryValue String user,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String page,
            Authentication reader) {
        AuditFilter.Outcome outcome =
                AuditFilter.of(user, action, from, to, page).check();
        if (outcome instanceof AuditFilter.Outcome.Invalid invalid) {
            List<ApiProblem.Detail> details = invalid.problems().stream()
                    .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                    .toList();
            return HttpResponse.badRequest(new ApiProblem("The audit log was not read", details));
        }
        AuditLog.Page read = log.read(((AuditFilter.Outcome.Valid) outcome).query(), reader.getName());
        return HttpResponse.ok(new EntryPage(
                read.number(),
                read.hasNext(),
                read.entries().stream().map(EntryView::of).toList()));
    }

    @Serdeable
    record EntryPage(int page, boolean hasNext, List<EntryView> entries) {}

    @Serdeable
    record EntryView(long id, Instant at, String user, String action, String target, String details) {
        static EntryView of(AuditEntry entry) {
            return new EntryView(
                    entry.id(), entry.at(), entry.actor(), entry.action().code(), entry.target(), entry.details());
        }
    }
}
