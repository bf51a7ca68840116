package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.mittari.support.StaffApi;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MITTARI_JWT_SECRET is the signing key as it is set, so every instance that shares it accepts the others' logins;
 * a secret too short for HS256 stops the start rather than weakening every login.
 */
class SigningSecretIntegrationTest {

    private static final String SECRET = "a-shared-secret-of-more-than-32-bytes-for-tests";

    @Test
    void aLoginFromOneInstanceIsAcceptedByAnotherWithTheSameSecret() throws Exception {
        try (EmbeddedServer first = instance(SECRET, true);
                EmbeddedServer second = instance(SECRET, false);
                EmbeddedServer other = instance("another-secret-of-more-than-32-bytes-for-tests", false);
                HttpClient toFirst = HttpClient.create(first.getURL());
                HttpClient toSecond = HttpClient.create(second.getURL());
                HttpClient toOther = HttpClient.create(other.getURL())) {
            String token = StaffApi.loginAsAdmin(toFirst.toBlocking()).token();

            assertThat(StaffApi.withToken(toSecond.toBlocking(), token)
                            .get("/api/reports")
                            .code())
                    .isEqualTo(200);
            assertThat(StaffApi.withToken(toOther.toBlocking(), token)
                            .get("/api/reports")
                            .code())
                    .isEqualTo(401);
        }
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> instance("only-31-bytes-long-secret-12345", true))
                .hasStackTraceContaining("MITTARI_JWT_SECRET")
                .hasStackTraceContaining("at least 32 bytes");
    }

    /** The first instance starts from an empty schema, as every test context does; the others join it. */
    private static EmbeddedServer instance(String secret, boolean first) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("MITTARI_JWT_SECRET", secret);
        properties.put("flyway.datasources.default.clean-schema", String.valueOf(first));
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }
}
