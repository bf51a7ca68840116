package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsPublicButSaysOnlyUpOrDownToAnonymousCallers() {
        String body = client.toBlocking().retrieve("/health");
        assertThat(body)
                .contains("\"status\":\"UP\"")
                .doesNotContain("product")
                .doesNotContain("version")
                .doesNotContain("H2")
                .doesNotContain("MariaDB");
    }

    @Test
    void staffSeeTheDatabaseWithoutItsAddress() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String body = staff.exchange(HttpRequest.GET("/health"), Argument.of(String.class))
                .getBody(String.class)
                .orElse("");
        assertThat(body)
                .contains("\"status\":\"UP\"")
                .contains("\"database\"")
                .containsPattern("\"product\":\"(H2|MariaDB)\"")
                .doesNotContain("jdbc:")
                .doesNotContain("127.0.0.1");
    }
}
