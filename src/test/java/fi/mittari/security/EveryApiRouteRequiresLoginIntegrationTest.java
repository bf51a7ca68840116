package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walks the router, so a route added later without a role check fails here rather than in production. */
@MicronautTest(transactional = false)
class EveryApiRouteRequiresLoginIntegrationTest {

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void everyApiRouteAnswers401WithoutAToken() {
        List<String> routes = new ArrayList<>();
        router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api"))
                .forEach(route -> routes.add(route.getHttpMethod() + " " + concrete(route)));
        // 18 of them are the context's (projects, events, participation, organisations, code lists, imports).
        assertThat(routes).hasSizeGreaterThanOrEqualTo(28);
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            assertThat(statusOf(HttpMethod.valueOf(parts[0]), parts[1]))
                    .as(route)
                    .isEqualTo(401);
        }
    }

    /** The route's path with every variable filled in, e.g. /api/reports/1/file. */
    private static String concrete(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate()
                .toString()
                .replaceAll("\\{\\?[^}]*}", "")
                .replaceAll("\\{[^}]*}", "1");
    }

    private int statusOf(HttpMethod method, String path) {
        try {
            return client.toBlocking()
                    .exchange(HttpRequest.create(method, path).body(method == HttpMethod.GET ? null : Map.of()))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
