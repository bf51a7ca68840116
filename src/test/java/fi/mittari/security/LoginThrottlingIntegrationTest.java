package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In a context of its own: the failures it makes pause logins from this test's address. */
@MicronautTest(transactional = false)
class LoginThrottlingIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void afterRepeatedFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("admin", "wrong-" + i)).isEqualTo(401);
        }
        assertThat(login("admin", "admin-password-for-tests")).isEqualTo(401);
    }

    private int login(String username, String password) {
        try {
            return client.toBlocking()
                    .exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
