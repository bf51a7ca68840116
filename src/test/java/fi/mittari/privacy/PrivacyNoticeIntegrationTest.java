package fi.mittari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The form links its campaign's privacy notice, which states the controller and contact set for the campaign and the
 * retention rule in force, in the language asked for; the consent fingerprint is stored with the response.
 */
@MicronautTest(transactional = false)
class PrivacyNoticeIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    @Inject
    PrivacySettings settings;

    @Test
    void theFormLinksTheNoticeWhichStatesControllerContactAndRetention() {
        var data = new PrivacyFixture(StaffApi.loginAsAdmin(client.toBlocking()), jdbc, zone);
        String project = data.project("notice", LocalDate.of(2030, 12, 31), 24, "ANONYMISE");
        String slug = data.campaign("notice", project, null, null, null);
        assertThat(settings.setNotice(slug, "Työkykyhanke ry", "tietosuoja@example.org", "admin"))
                .isTrue();

        String form = client.toBlocking().retrieve(HttpRequest.GET("/s/" + slug + "?lang=sv"));
        assertThat(form).contains("href=\"/privacy/" + slug + "?lang=sv\"").contains("Dataskyddsbeskrivning");

        String notice = client.toBlocking().retrieve(HttpRequest.GET("/privacy/" + slug + "?lang=sv"));
        assertThat(notice)
                .contains("lang=\"sv\"")
                .contains("Työkykyhanke ry")
                .contains("tietosuoja@example.org")
                .contains("Svaren anonymiseras 24 månader efter att projektet har avslutats");

        assertThat(settings.setCampaignRule(
                        slug, java.util.Optional.of(new RetentionRule(6, RetentionAction.DELETE)), "admin"))
                .isTrue();
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/privacy/" + slug + "?lang=en")))
                .contains("The answers are deleted 6 months after the survey closes.");
        assertThat(jdbc.query(
                        "SELECT actor, details FROM audit_entry WHERE action = 'privacy-setting-changed'"
                                + " AND target = :slug ORDER BY id",
                        Map.of("slug", slug),
                        (row, n) -> List.of(row.getString("actor"), row.getString("details"))))
                .containsExactly(List.of("admin", "privacy_notice"), List.of("admin", "retention_rule_campaign"));
    }

    @Test
    void anInvitationFormLinksItsCampaignsNoticeBesideTheAccessibilityStatement() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String slug = "notice-invited-" + System.nanoTime();
        assertThat(staff.openInvitationCampaign(slug, "keko-impact", "Invited")).isEqualTo(201);
        String links = staff.exchange(
                        HttpRequest.POST("/api/campaigns/" + slug + "/invitations", Map.of("references", List.of("N1")))
                                .accept("text/csv"),
                        Argument.STRING)
                .body();
        String path = links.substring(links.indexOf("/i/")).strip();

        String form = client.toBlocking().retrieve(HttpRequest.GET(path + "?lang=sv"));

        assertThat(form)
                .contains("href=\"/accessibility?lang=sv\"")
                .contains("href=\"/privacy/" + slug + "?lang=sv\"")
                .contains("Dataskyddsbeskrivning");
    }

    @Test
    void anUnknownCampaignHasNoNotice() {
        try {
            client.toBlocking().retrieve(HttpRequest.GET("/privacy/no-such-campaign"));
            throw new AssertionError("expected 404");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(404);
        }
    }

    @Test
    void theConsentAgreedToIsStoredAsTheFingerprintOfItsWordsInTheFormsLanguage() {
        var data = new PrivacyFixture(StaffApi.loginAsAdmin(client.toBlocking()), jdbc, zone);
        String project = data.project("consent", LocalDate.of(2030, 12, 31), null, null);
        String slug = data.campaign("consent", project, null, null, null);
        long finnish = data.respond(slug, "CO-1", "fi", LocalDate.of(2019, 5, 1));
        long swedish = data.respond(slug, "CO-2", "sv", LocalDate.of(2019, 5, 1));

        String fi = consent(finnish);
        String sv = consent(swedish);
        assertThat(fi).hasSize(64).isNotEqualTo(sv);
        assertThat(consent(data.respond(slug, "CO-3", "fi", LocalDate.of(2019, 5, 2))))
                .isEqualTo(fi);
    }

    private String consent(long response) {
        return jdbc.queryForObject(
                "SELECT consent_sha256 FROM response WHERE id = :id", Map.of("id", response), String.class);
    }
}
