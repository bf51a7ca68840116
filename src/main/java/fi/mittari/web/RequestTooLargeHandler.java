package fi.mittari.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A body over {@code micronaut.server.max-request-size} is refused before any controller sees it; this words the 413
 * like every other API error, with the limit in megabytes, instead of Micronaut's own error body.
 */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class RequestTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiProblem>> {

    private final long maxBytes;

    RequestTooLargeHandler(HttpServerConfiguration server) {
        this.maxBytes = server.getMaxRequestSize();
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public HttpResponse<ApiProblem> handle(HttpRequest request, ContentLengthExceededException exception) {
        return HttpResponse.<ApiProblem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ApiProblem.of("The request is larger than " + maxBytes / (1024 * 1024)
                        + " MB; split the file into smaller ones"));
    }
}
