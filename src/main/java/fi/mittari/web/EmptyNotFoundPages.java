package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A page's controller that answers a bare "not found" (an unknown project, event or report) gives a browser Mittari's
 * page in the person's language with a way back. A 404 that carries its own body (a respondent's "survey not found",
 * an API problem) is left as it is.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class EmptyNotFoundPages {

    private final ErrorPages pages;

    EmptyNotFoundPages(ErrorPages pages) {
        this.pages = pages;
    }

    @ResponseFilter
    MutableHttpResponse<?> replaceEmpty(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == 404 && response.getBody().isEmpty() && ErrorPages.wantsPage(request)) {
            MutableHttpResponse<?> page = pages.notFound(request);
            // The headers other filters set (security, cookies) stay; the body's own do not.
            response.getHeaders().forEach((name, values) -> {
                if (!name.toLowerCase(java.util.Locale.ROOT).startsWith("content-")
                        && !page.getHeaders().contains(name)) {
                    values.forEach(v -> page.header(name, v));
                }
            });
            return page;
        }
        return response;
    }
}
