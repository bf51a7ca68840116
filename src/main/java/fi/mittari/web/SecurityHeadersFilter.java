package fi.mittari.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every response carries. Pages load nothing but Mittari's own stylesheet and (on survey forms) its one
 * script file, never inline script, so the content security policy can forbid everything else; no framing (clickjacking a consent or submit button); referrers only
 * within Mittari (not "no-referrer": browsers then post forms with "Origin: null", which Micronaut refuses), so a
 * survey's address (later: a personal invitation token) never leaks to another site. Where the login cookie is
 * Secure (Mittari is reached over HTTPS), browsers are also told to use HTTPS only (HSTS). Ordered first, so that
 * answers made before a controller is reached (401 and 403 from security, 413, forged forms) get them too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"
                    + " img-src 'self';"
                    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** One year, the value HSTS preload lists ask for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final boolean httpsOnly;

    SecurityHeadersFilter(SecureCookieSetting cookie) {
        this.httpsOnly = cookie.cookieSecure();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        if (httpsOnly) {
            response.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
