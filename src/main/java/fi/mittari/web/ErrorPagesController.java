package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Any 404 without a body of its own (no route, or a controller's bare "not found") becomes an {@link ErrorPages} answer. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPagesController {

    private final ErrorPages pages;

    ErrorPagesController(ErrorPages pages) {
        this.pages = pages;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return pages.notFound(request);
    }
}
