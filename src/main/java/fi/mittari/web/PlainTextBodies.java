package fi.mittari.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import java.nio.charset.StandardCharsets;

/**
 * Reflected markup, closed for every route at once: a page controller's bare text answer ({@code
 * HttpResponse.notFound("No project with code '" + code + "'")}) would go out as text/html with whatever the address
 * held, markup and script included. Pages are rendered by views, which escape what they show; a body that is plain
 * text is sent as text/plain, which no browser runs. Ordered first, so it sees the response last.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PlainTextBodies implements Ordered {

    private static final MediaType PLAIN_TEXT =
            new MediaType(MediaType.TEXT_PLAIN, java.util.Map.of("charset", StandardCharsets.UTF_8.name()));

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void neverAsMarkup(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof CharSequence)) {
            return;
        }
        boolean html = response.getContentType()
                .map(type -> type.matches(MediaType.TEXT_HTML_TYPE))
                .orElseGet(() -> RouteAttributes.getRouteInfo(request)
                        .map(route -> route.getProduces().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE)))
                        .orElse(false));
        if (html) {
            response.contentType(PLAIN_TEXT);
        }
    }
}
