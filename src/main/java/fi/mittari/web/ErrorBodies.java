package fi.mittari.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON body of errors that Micronaut answers itself (no route, bad request, an exception no handler took): an
 * {@link ApiProblem} like every other API error. A server error never quotes its exception ("Java heap space",
 * "Failed to obtain JDBC Connection" tell an attacker what hurt and an API client nothing it can act on): the body
 * gives a short reference that the log line carries beside the exception.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ErrorBodies implements JsonErrorResponseBodyProvider<ApiProblem> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorBodies.class);

    @Override
    public ApiProblem body(ErrorContext error, HttpResponse<?> response) {
        if (response.code() >= 500) {
            String reference = reference(error);
            return ApiProblem.of("Internal error: the server could not answer; its log has the details under reference "
                    + reference);
        }
        List<Error> errors = error.getErrors();
        String message = errors.isEmpty() ? response.reason() : errors.get(0).getMessage();
        List<ApiProblem.Detail> details = errors.stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new ApiProblem.Detail(e.getPath().get(), "invalid", e.getMessage()))
                .toList();
        return new ApiProblem(message, details);
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON;
    }

    /** Logs the error under a fresh reference (Micronaut has logged its stack trace already) and returns it. */
    static String reference(ErrorContext error) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error(
                "Internal error, reference {}: {} {}: {}",
                reference,
                error.getRequest().getMethod(),
                error.getRequest().getPath().replaceAll("\\p{Cntrl}", "_"),
                error.getRootCause().map(Throwable::toString).orElse("no exception"));
        return reference;
    }
}
