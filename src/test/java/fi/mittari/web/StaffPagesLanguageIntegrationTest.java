package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff pages speak Finnish unless a person chose otherwise, and errors are Mittari pages with a way back. */
@MicronautTest(transactional = false)
class StaffPagesLanguageIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theLoginPageIsFinnishByDefaultAndSwedishOrEnglishWhenChosen() {
        assertThat(page(HttpRequest.GET("/login")).body())
                .contains("lang=\"fi\"")
                .contains("<h1>Kirjaudu Mittariin</h1>")
                .contains("Käyttäjätunnus");
        assertThat(page(HttpRequest.GET("/login?lang=sv")).body())
                .contains("lang=\"sv\"")
                .contains("<h1>Logga in i Mittari</h1>");
        assertThat(page(HttpRequest.GET("/login?failed=true&lang=en")).body())
                .contains("Login failed: wrong username or password");
    }

    @Test
    void aLoggedInPersonSeesTheNavigationOfTheirRoleInTheirLanguage() {
        var admin = StaffApi.loginAsAdmin(client.toBlocking());
        String funder = "funder-" + System.nanoTime();
        admin.post(
                "/api/users",
                Map.of("username", funder, "password", "funder-password-123", "roles", List.of("FUNDER")));
        var asFunder = StaffApi.login(client.toBlocking(), funder, "funder-password-123");

        String adminHome = html(admin, "/staff/organisations");
        assertThat(adminHome)
                .contains("aria-label=\"Päävalikko\"")
                .contains(">Hankkeet</a>")
                .contains(">Ajot</a>")
                .contains(">Käyttäjät</a>")
                .contains("href=\"/staff/projects\"")
                .contains("Kirjaudu ulos");
        String funderReports = html(asFunder, "/staff/reports");
        assertThat(funderReports)
                .contains(">Raportit</a>")
                .doesNotContain(">Hankkeet</a>")
                .doesNotContain(">Ajot</a>");
    }

    @Test
    void aForbiddenPageIsAMittariPageInTheUsersLanguageWithAWayBack() {
        var admin = StaffApi.loginAsAdmin(client.toBlocking());
        String funder = "funder-" + System.nanoTime();
        admin.post(
                "/api/users",
                Map.of("username", funder, "password", "funder-password-123", "roles", List.of("FUNDER")));
        var asFunder = StaffApi.login(client.toBlocking(), funder, "funder-password-123");

        HttpResponse<String> forbidden =
                asFunder.exchange(HttpRequest.GET("/staff/jobs").accept(MediaType.TEXT_HTML), Argument.STRING);

        assertThat(forbidden.code()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("<h1>Ei käyttöoikeutta</h1>")
                .contains("href=\"/staff\"")
                .contains("aria-label=\"Päävalikko\"");
        var api = asFunder.exchange(HttpRequest.GET("/api/jobs/executions"), Argument.STRING);
        assertThat(api.code()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("<html");
    }

    @Test
    void aMissingPageIsAMittariPageForBrowsersAndJsonForApiClients() {
        var admin = StaffApi.loginAsAdmin(client.toBlocking());

        HttpResponse<String> missing =
                admin.exchange(HttpRequest.GET("/staff/no-such-page").accept(MediaType.TEXT_HTML), Argument.STRING);

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Sivua ei löytynyt</h1>").contains("href=\"/staff\"");
        var api = admin.exchange(HttpRequest.GET("/api/no-such-thing"), Argument.STRING);
        assertThat(api.code()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("<html");
    }

    private static String html(StaffApi staff, String path) {
        var response = staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML), Argument.STRING);
        assertThat(response.code()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> page(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request.accept(MediaType.TEXT_HTML), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(request.getPath() + " answered " + e.getStatus(), e);
        }
    }
}
