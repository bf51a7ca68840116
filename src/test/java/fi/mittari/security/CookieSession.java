package fi.mittari.security;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser's view of the staff pages without the browser: it logs in with the login form, keeps the cookies it is
 * given (and drops those cleared), and follows no redirects, so each answer can be looked at as it came.
 */
final class CookieSession {

    private final BlockingHttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private CookieSession(BlockingHttpClient http) {
        this.http = http;
    }

    /** Logs in with the form; check {@link #loggedIn()} afterwards. Needs a client that follows no redirects. */
    static CookieSession login(BlockingHttpClient http, String username, String password) {
        CookieSession session = new CookieSession(http);
        session.post("/login", "username=" + username + "&password=" + password);
        return session;
    }

    /** Another browser holding the same cookies, e.g. a copied login cookie. */
    CookieSession copy() {
        CookieSession copy = new CookieSession(http);
        copy.cookies.putAll(cookies);
        return copy;
    }

    boolean loggedIn() {
        return cookies.containsKey("JWT");
    }

    /** One answer: its status, where it redirects to (or empty) and its body (or empty). */
    record Answer(int code, String location, String body) {}

    Answer get(String path) {
        return exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** Posts a form body such as {@code "roles=ADMIN&roles=FUNDER"}. */
    Answer post(String path, String form) {
        return exchange(HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept("text/html, */*"));
    }

    /** Whether a staff page opens, rather than sending the browser to the login page. */
    boolean opens(String path) {
        return get(path).code() == 200;
    }

    private Answer exchange(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response;
        try {
            response = http.exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> refused = (HttpResponse<String>) e.getResponse();
            response = refused;
        }
        for (String setCookie : response.getHeaders().getAll("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            boolean cleared = value.isEmpty()
                    || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (cleared) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        String location = response.getHeaders().get("Location");
        return new Answer(
                response.code(),
                location == null ? "" : location,
                response.getBody(String.class).orElse(""));
    }
}
