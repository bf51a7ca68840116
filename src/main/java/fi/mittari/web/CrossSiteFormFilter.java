package fi.mittari.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Cross-site request forgery: a form posted from another site is refused before it reaches any controller. Browsers
 * say where a request comes from ({@code Sec-Fetch-Site}, and {@code Origin} on every POST); a form post that a
 * browser marks cross-site, or whose origin is not this server, is refused with 403. (OWASP's "verifying origin with
 * standard headers" and "Fetch Metadata" defences.) The JSON API is not affected: it authenticates with a bearer token
 * that a foreign page cannot make a browser send. Respondent links that resume a response (/r/…, /i/…) carry an
 * unguessable key as a second guard, and the staff login cookie is SameSite=Strict as a third.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CrossSiteFormFilter implements Ordered {

    /** Before authentication: a forged request is refused as forged, whoever it claims to be. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseForeignForms(HttpRequest<?> request) {
        if (!isForm(request)) {
            return null;
        }
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
            return refused();
        }
        String origin = request.getHeaders().get("Origin");
        if (origin != null && !sameHost(origin, request)) {
            return refused();
        }
        return null;
    }

    private static boolean isForm(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return false;
        }
        return request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)
                        || type.matches(MediaType.TEXT_PLAIN_TYPE))
                .orElse(false);
    }

    /** "null" (a sandboxed or privacy-stripped origin) is not this server either. */
    private static boolean sameHost(String origin, HttpRequest<?> request) {
        Optional<String> host = Optional.ofNullable(request.getHeaders().get("Host"));
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host.isEmpty()) {
                return false;
            }
            String originHost = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String requestHost = host.get().toLowerCase(Locale.ROOT);
            return requestHost.equals(originHost)
                    || (uri.getPort() < 0
                            && requestHost.equals(originHost + (origin.startsWith("https") ? ":443" : ":80")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static HttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("A form sent from another site is not accepted.");
    }
}
