package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Failed logins with ever new usernames (each from "another address" as far as the per-key throttle knows). */
@MicronautTest(transactional = false)
@Property(name = "mittari.login.failures-per-minute", value = "1")
@Property(name = "mittari.login.free-failures", value = "1000")
@Property(name = "spec.name", value = "LoginFloodIntegrationTest")
class LoginFloodIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    CountingHashing hashing;

    @Test
    void beyondTheServersFailureBudgetMadeUpNamesCostNoBcryptButTheRightPasswordGetsIn() {
        for (int i = 0; i < 1; i++) {
            assertThat(login("guess-" + i, "wrong")).isEqualTo(401);
        }
        int checksBefore = hashing.checks.get();
        for (int i = 1; i < 51; i++) {
            assertThat(login("guess-" + i, "wrong")).isEqualTo(401);
        }
        assertThat(hashing.checks.get() - checksBefore)
                .as("bcrypt checks for 50 attempts during the flood")
                .isZero();

        assertThat(login("admin", "admin-password-for-tests")).isEqualTo(200);
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

    @Singleton
    @Replaces(PasswordHashing.class)
    @Requires(property = "spec.name", value = "LoginFloodIntegrationTest")
    static class CountingHashing extends PasswordHashing {
        final AtomicInteger checks = new AtomicInteger();

        CountingHashing(PasswordHashingSetting setting) {
            super(setting);
        }

        @Override
        public boolean matches(String password, String hash) {
            checks.incrementAndGet();
            return super.matches(password, hash);
        }

        @Override
        public void spendTheTimeOfACheck(String password) {
            checks.incrementAndGet();
            super.spendTheTimeOfACheck(password);
        }
    }
}
