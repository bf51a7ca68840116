package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A login token opens a session only when every part of it holds, and only while its account's session does. */
@MicronautTest(transactional = false)
@Property(name = "mittari.login.token-secret", value = LoginTokenValidationIntegrationTest.SECRET)
class LoginTokenValidationIntegrationTest {

    static final String SECRET = "the-secret-these-tests-sign-with-by-hand-0123456789-long-enough-for-hs512";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    StaffAccounts accounts;

    @Test
    void aTokenMadeLikeMittarisOwnIsAccepted() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c)))).isEqualTo(200);
    }

    @Test
    void onlyHs256IsAccepted() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS512, claims(c -> c)))).isEqualTo(401);
        assertThat(statusWith(sign(JWSAlgorithm.HS384, claims(c -> c)))).isEqualTo(401);
        assertThat(statusWith(new PlainJWT(claims(c -> c)).serialize())).isEqualTo(401);
    }

    @Test
    void theIssuerMustBeMittariExactly() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.issuer("https://elsewhere.example/mittari")))))
                .isEqualTo(401);
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.issuer(null)))))
                .isEqualTo(401);
    }

    @Test
    void anExpiryIsRequiredAndHonoured() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.expirationTime(null)))))
                .isEqualTo(401);
        Date past = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.expirationTime(past)))))
                .isEqualTo(401);
    }

    @Test
    void notBeforeIsRequiredAndHonoured() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.notBeforeTime(null)))))
                .isEqualTo(401);
        Date later = Date.from(Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.notBeforeTime(later)))))
                .isEqualTo(401);
    }

    @Test
    void aTokenOfNoAccountOrWithoutASessionIsRefused() throws Exception {
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.subject("nobody-of-that-name")))))
                .isEqualTo(401);
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.claim(StaffSessions.CLAIM, null)))))
                .isEqualTo(401);
        assertThat(statusWith(sign(JWSAlgorithm.HS256, claims(c -> c.claim(StaffSessions.CLAIM, 99)))))
                .isEqualTo(401);
    }

    @Test
    void disablingAnAccountHereRefusesItsTokensAtOnce() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.post(
                "/api/users",
                Map.of("username", "token-tuuli", "password", "tuuli-long-password", "roles", List.of("ANALYST")));
        StaffApi tuuli = StaffApi.login(client.toBlocking(), "token-tuuli", "tuuli-long-password");
        assertThat(tuuli.get("/api/reports").code()).isEqualTo(200);

        accounts.setEnabled("token-tuuli", false);

        assertThat(tuuli.get("/api/reports").code()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheAccountsEarlierSessions() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.post(
                "/api/users",
                Map.of("username", "token-pekka", "password", "pekka-long-password", "roles", List.of("ANALYST")));
        StaffApi elsewhere = StaffApi.login(client.toBlocking(), "token-pekka", "pekka-long-password");
        StaffApi here = StaffApi.login(client.toBlocking(), "token-pekka", "pekka-long-password");

        assertThat(here.post(
                                "/api/users/me/password",
                                Map.of("currentPassword", "pekka-long-password", "newPassword", "pekka-new-password"))
                        .code())
                .isEqualTo(204);

        assertThat(elsewhere.get("/api/reports").code()).isEqualTo(401);
        assertThat(here.get("/api/reports").code()).isEqualTo(401);
        assertThat(StaffApi.login(client.toBlocking(), "token-pekka", "pekka-new-password")
                        .get("/api/reports")
                        .code())
                .isEqualTo(200);
    }

    @Test
    void loggingOutEndsEverySessionOfTheAccount() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.post(
                "/api/users",
                Map.of("username", "token-lotta", "password", "lotta-long-password", "roles", List.of("DESIGNER")));
        StaffApi browser = StaffApi.login(client.toBlocking(), "token-lotta", "lotta-long-password");
        StaffApi script = StaffApi.login(client.toBlocking(), "token-lotta", "lotta-long-password");

        browser.send(HttpRequest.POST("/logout", Map.of()));

        assertThat(browser.get("/api/campaigns").code()).isEqualTo(401);
        assertThat(script.get("/api/campaigns").code()).isEqualTo(401);
        assertThat(admin.get("/api/campaigns").code()).isEqualTo(200);
    }

    /** Claims as Mittari issues them for the admin, changed by {@code change}. */
    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .subject(StaffApi.ADMIN)
                .issuer("mittari")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("roles", List.of("ADMIN"))
                .claim(StaffSessions.CLAIM, 0);
        return change.apply(builder).build();
    }

    private static String sign(JWSAlgorithm algorithm, JWTClaimsSet claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
        token.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return token.serialize();
    }

    private int statusWith(String token) {
        return StaffApi.withToken(client.toBlocking(), token)
                .get("/api/reports")
                .code();
    }
}
