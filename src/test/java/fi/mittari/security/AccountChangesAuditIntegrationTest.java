package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Each change an admin makes to an account on its page writes one audit entry naming the admin and the account. */
@MicronautTest(transactional = false)
class AccountChangesAuditIntegrationTest {

    @Inject
    EmbeddedServer server;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    private HttpClient http;
    private CookieSession admin;

    @BeforeEach
    void logInAsAdmin() {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
        admin = CookieSession.login(http.toBlocking(), StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void creatingDisablingEnablingChangingRolesAndResettingAPasswordAreEachRecordedOnce() {
        String account = "audited-" + Long.toString(System.nanoTime(), 36);
        assertThat(admin.post("/staff/users", "username=" + account + "&roles=ANALYST&language=fi")
                        .code())
                .isEqualTo(303);
        assertThat(admin.post("/staff/users/" + account + "/enabled", "enabled=false")
                        .code())
                .isEqualTo(303);
        admin.post("/staff/users/" + account + "/enabled", "enabled=true");
        admin.post("/staff/users/" + account + "/roles", "roles=FUNDER&roles=ANALYST");
        admin.post("/staff/users/" + account + "/password", "");
        admin.post("/staff/users/" + account + "/projects", "");
        // refused: the roles stay, and nothing is recorded
        assertThat(admin.post("/staff/users/" + account + "/roles", "").code()).isEqualTo(422);

        assertThat(jdbc.query(
                        "SELECT actor, action, details FROM audit_entry WHERE target = :account ORDER BY id",
                        Map.of("account", account),
                        (row, n) -> List.of(row.getString("actor"), row.getString("action"), row.getString("details"))))
                .containsExactly(
                        List.of("admin", "account-created", "ANALYST"),
                        List.of("admin", "account-disabled", ""),
                        List.of("admin", "account-enabled", ""),
                        List.of("admin", "account-roles-changed", "ANALYST,FUNDER"),
                        List.of("admin", "account-password-reset", ""),
                        List.of("admin", "account-projects-changed", ""));
    }
}
