package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class StaffLoginIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Test
    void jsonLoginGivesABearerTokenForTheApi() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        assertThat(admin.get("/api/reports").code()).isEqualTo(200);
    }

    @Test
    void apiWithoutTokenIs401() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/api/campaigns")));
        assertThat(e.getStatus().getCode()).isEqualTo(401);
        var post = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/jobs/aggregateIndicators/executions", Map.of())));
        assertThat(post.getStatus().getCode()).isEqualTo(401);
        for (var request : List.of(
                HttpRequest.GET("/api/jobs/executions"),
                HttpRequest.GET("/api/jobs/executions/1"),
                HttpRequest.POST("/api/jobs/executions/1/restart", Map.of()))) {
            var refused = assertThrows(
                    HttpClientResponseException.class, () -> client.toBlocking().exchange(request));
            assertThat(refused.getStatus().getCode()).as(request.getPath()).isEqualTo(401);
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() {
        var wrongPassword = failedLogin("admin", "not-the-password");
        var unknownUser = failedLogin("nobody-here", "admin-password-for-tests");
        assertThat(wrongPassword.getStatus().getCode()).isEqualTo(401);
        assertThat(unknownUser.getStatus().getCode()).isEqualTo(401);
        assertThat(wrongPassword.getResponse().getBody(String.class))
                .isEqualTo(unknownUser.getResponse().getBody(String.class));
    }

    @Test
    void browserLoginSetsAnHttpOnlyCookieThatOpensTheStaffPage() throws Exception {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        try (HttpClient noRedirects = HttpClient.create(server.getURL(), configuration)) {
            HttpResponse<String> login = noRedirects
                    .toBlocking()
                    .exchange(
                            HttpRequest.POST("/login", "username=admin&password=admin-password-for-tests")
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                            String.class);
            assertThat(login.code()).isEqualTo(303);
            assertThat(login.header("Location")).isEqualTo("/login/check");
            String cookie = login.header("Set-Cookie");
            assertThat(cookie)
                    .startsWith("JWT=")
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Strict");
            HttpResponse<String> check = noRedirects
                    .toBlocking()
                    .exchange(
                            HttpRequest.GET("/login/check").header("Cookie", cookie.substring(0, cookie.indexOf(';'))),
                            String.class);
            assertThat(check.header("Location")).as("the cookie came back").isEqualTo("/staff");

            String staffPage = noRedirects
                    .toBlocking()
                    .retrieve(HttpRequest.GET("/staff").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
            assertThat(staffPage).contains("Kirjautuneena: admin");

            var failed = noRedirects
                    .toBlocking()
                    .exchange(
                            HttpRequest.POST("/login", "username=admin&password=wrong-password")
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                            String.class);
            assertThat(failed.header("Location")).isEqualTo("/login?failed=true");
        }
    }

    @Test
    void anonymousBrowserIsSentToTheLoginPage() throws Exception {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        try (HttpClient noRedirects = HttpClient.create(server.getURL(), configuration)) {
            HttpResponse<String> response = noRedirects
                    .toBlocking()
                    .exchange(HttpRequest.GET("/staff").accept(MediaType.TEXT_HTML_TYPE), String.class);
            assertThat(response.code()).isIn(302, 303);
            assertThat(response.header("Location")).isEqualTo("/login");
        }
    }

    @Test
    void aFunderCannotOpenCampaignsButCanReadReports() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var created = admin.post(
                "/api/users",
                Map.of("username", "stea-reader", "password", "a-long-funder-password", "roles", List.of("FUNDER")));
        assertThat(created.code()).isIn(201, 409);
        StaffApi funder = StaffApi.login(client.toBlocking(), "stea-reader", "a-long-funder-password");
        assertThat(funder.post(
                                "/api/campaigns",
                                Map.of("slug", "x-funder", "questionnaire", "keko-impact", "title", "t"))
                        .code())
                .isEqualTo(403);
        assertThat(funder.get("/api/reports").code()).isEqualTo(200);
    }

    @Test
    void shortPasswordsAndUnknownRolesAreRefused() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var refused = admin.post("/api/users", Map.of("username", "x", "password", "short", "roles", List.of("BOSS")));
        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var fields = ((List<Map<String, Object>>) refused.body().get("errors"))
                .stream().map(e -> e.get("field"));
        assertThat(fields).containsExactly("username", "password", "roles");
    }

    private HttpClientResponseException failedLogin(String username, String password) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(
                        HttpRequest.POST("/login", Map.of("username", username, "password", password)),
                        Argument.of(String.class),
                        Argument.of(String.class)));
    }
}
