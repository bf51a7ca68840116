package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PasswordChangeIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aStaffMemberChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.post(
                "/api/users",
                Map.of("username", "analyst-anna", "password", "first-long-password", "roles", List.of("ANALYST")));
        StaffApi anna = StaffApi.login(client.toBlocking(), "analyst-anna", "first-long-password");

        var wrongCurrent = anna.post(
                "/api/users/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "second-long-password"));
        assertThat(wrongCurrent.code()).isEqualTo(422);
        var tooShort = anna.post(
                "/api/users/me/password", Map.of("currentPassword", "first-long-password", "newPassword", "short"));
        assertThat(tooShort.code()).isEqualTo(422);
        assertThat(anna.post(
                                "/api/users/me/password",
                                Map.of("currentPassword", "first-long-password", "newPassword", "second-long-password"))
                        .code())
                .isEqualTo(204);

        var oldPassword = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST(
                        "/login", Map.of("username", "analyst-anna", "password", "first-long-password"))));
        assertThat(oldPassword.getStatus().getCode()).isEqualTo(401);
        assertThat(StaffApi.login(client.toBlocking(), "analyst-anna", "second-long-password")
                        .get("/api/reports")
                        .code())
                .isEqualTo(200);
    }
}
