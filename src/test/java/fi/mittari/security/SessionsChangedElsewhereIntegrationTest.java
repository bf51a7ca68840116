package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A change of an account made on another instance (here straight in the database) is seen once the generation this
 * instance keeps is no longer fresh; with {@code mittari.sessions.fresh-for} at 0 s, on the next request.
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.sessions.fresh-for", value = "0s")
class SessionsChangedElsewhereIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aDisabledOrDeletedAccountsTokenStopsWorking() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.post(
                "/api/users",
                Map.of("username", "token-tove", "password", "tove-long-password", "roles", List.of("ANALYST")));
        StaffApi tove = StaffApi.login(client.toBlocking(), "token-tove", "tove-long-password");
        assertThat(tove.get("/api/reports").code()).isEqualTo(200);

        jdbc.update("UPDATE staff_user SET enabled = FALSE WHERE username = 'token-tove'", Map.of());
        assertThat(tove.get("/api/reports").code()).isEqualTo(401);
        jdbc.update("UPDATE staff_user SET enabled = TRUE WHERE username = 'token-tove'", Map.of());
        assertThat(tove.get("/api/reports").code()).isEqualTo(200);

        jdbc.update("DELETE FROM staff_user WHERE username = 'token-tove'", Map.of());
        assertThat(tove.get("/api/reports").code()).isEqualTo(401);
    }
}
