package fi.mittari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The privacy API end to end: a bad request names its field, access gives CSV, erasure removes and reports. */
@MicronautTest(transactional = false)
class PrivacyApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    @Test
    void accessThenErasureOfAPseudonymThroughTheApi() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var data = new PrivacyFixture(staff, jdbc, zone);
        String project = data.project("api", LocalDate.of(2019, 12, 31), null, null);
        String slug = data.campaign("api", project, null, null, null);
        data.respond(slug, "=AP-1", "en", LocalDate.of(2019, 4, 1));

        var refused =
                staff.send(HttpRequest.POST("/api/privacy/erasures", Map.of("kind", "pseudonym", "project", project)));
        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("pseudonym");

        String csv = new String(
                staff.download("/api/privacy/access?kind=pseudonym&project=" + project + "&pseudonym=%3Dap-1")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"question_key\"").contains("\"'=AP-1\"").contains("\"" + slug + "\"");

        var erased = staff.post(
                "/api/privacy/erasures", Map.of("kind", "pseudonym", "project", project, "pseudonym", "=AP-1"));
        assertThat(erased.getStatus().getCode()).isEqualTo(200);
        assertThat((List<?>) erased.body().get("removed")).hasSize(1);
        assertThat(data.responses(slug)).isZero();

        var notice = staff.send(HttpRequest.PUT(
                "/api/privacy/campaigns/" + slug + "/notice",
                Map.of("controller", "Hanke ry", "contact", "x@example.org")));
        assertThat(notice.getStatus().getCode()).isEqualTo(204);
    }
}
