package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Error answers a person can read: a Mittari page in their language with a way back when a browser asked for a page,
 * and an {@link ApiProblem} otherwise. Never the framework's bare default.
 */
@Singleton
public class ErrorPages {

    /** What the error page says: message keys of the {@code errors} bundle, and a reference for the log if any. */
    public record ErrorPage(String titleKey, String bodyKey, String reference) {}

    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final StaffChromeProcessor chrome;

    ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> renderer, StaffChromeProcessor chrome) {
        this.renderer = renderer;
        this.chrome = chrome;
    }

    public static boolean wantsPage(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    public MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return answer(request, HttpStatus.NOT_FOUND, "notFound", "", "Not found");
    }

    public MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        return answer(request, HttpStatus.FORBIDDEN, "forbidden", "", "Forbidden");
    }

    /**
     * A link for respondents was asked for, but Mittari does not know its public address ({@link PublicAddress}):
     * nothing was made, and the page says what to set.
     */
    public MutableHttpResponse<?> noPublicAddress(HttpRequest<?> request) {
        return answer(request, HttpStatus.CONFLICT, "noPublicAddress", "", PublicAddressUnknown.API_MESSAGE);
    }

    /** {@code reference} is written to the log beside the exception, so an administrator can find it. */
    public MutableHttpResponse<?> serverError(HttpRequest<?> request, String reference) {
        return answer(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server",
                reference,
                "Internal server error (reference " + reference + ")");
    }

    private MutableHttpResponse<?> answer(
            HttpRequest<?> request, HttpStatus status, String kind, String reference, String apiMessage) {
        if (wantsPage(request)) {
            var page = new ErrorPage("errors." + kind + ".title", "errors." + kind + ".body", reference);
            // Rendered here: an error answer does not pass through the views filter that renders controllers' views.
            Map<String, Object> model = Map.of("page", page, "staff", chrome.chrome(request));
            return HttpResponse.status(status)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(renderer.render("errors/error", model, request));
        }
        // typed here: on a route that produces only PNG or HTML, an untyped body would be encoded as that type and fail
        return HttpResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ApiProblem.of(apiMessage));
    }
}
