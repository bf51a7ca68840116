package fi.mittari.audit.web;

import fi.mittari.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;

/**
 * The admin's audit log page: a filter form (a GET, so a filtered view is a link to share) above one page of entries,
 * newest first. A filter that does not make sense comes back with its errors (400) and no entries. Reading is recorded.
 */
@Controller("/staff/audit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AuditPagesController {

    private final AuditLog log;

    AuditPagesController(AuditLog log) {
        this.log = log;
    }

    @Get
    HttpResponse<?> page(
            @Nullable @QueryValue String user,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String page,
            Authentication reader) {
        AuditFilter filter = AuditFilter.of(user, action, from, to, page);
        AuditFilter.Outcome outcome = filter.check();
        if (outcome instanceof AuditFilter.Outcome.Invalid invalid) {
            AuditPage shown = AuditPage.of(filter, invalid.problems(), List.of(), 1, false);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(shown));
        }
        AuditLog.Page read = log.read(((AuditFilter.Outcome.Valid) outcome).query(), reader.getName());
        return HttpResponse.ok(view(AuditPage.of(filter, List.of(), read.entries(), read.number(), read.hasNext())));
    }

    private static ModelAndView<?> view(AuditPage page) {
        return new ModelAndView<>("audit/list", Map.of("page", page));
    }
}
