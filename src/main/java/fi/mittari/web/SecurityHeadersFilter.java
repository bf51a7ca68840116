package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response carries. Pages load nothing but Mittari's own stylesheet and (on survey forms) its one
 * script file, never inline script, so the content security policy can forbid everything else; no framing (clickjacking a consent or submit button); referrers only
 * within Mittari (not "no-referrer": browsers then post forms with "Origin: null", which Micronaut refuses), so a
 * survey's address (later: a personal invitation token) never leaks to another site.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
    }
}
