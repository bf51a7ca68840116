package fi.mittari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The admin's privacy pages over the privacy services: the preview names a due campaign and "run now" removes it; an
 * erasure says how many responses will go before deleting them; the access download holds the person's rows; a
 * refused form comes back with its error summary; other roles are refused.
 */
@MicronautTest(transactional = false)
class PrivacyPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    StaffApi staff;
    PrivacyFixture data;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        data = new PrivacyFixture(staff, jdbc, zone);
    }

    @Test
    void thePreviewShowsTheDueCampaignAndRunNowRemovesIt() {
        String project = data.project("pages-due", LocalDate.of(2019, 1, 31), 1, "DELETE");
        String slug = data.campaign("pages-due", project, null, null, null);
        data.respond(slug, "PD-1", "fi", LocalDate.of(2019, 1, 10));

        assertThat(page("/staff/privacy")).contains(slug).contains("Suorita nyt");

        HttpResponse<String> ran = post("/staff/privacy/run", "");
        assertThat(ran.code()).isIn(200, 303);
        assertThat(data.responses(slug)).isZero();
        String after = page("/staff/privacy");
        assertThat(after.substring(after.indexOf("Seuraava säilytysajo"), after.indexOf("Tehdyt poistot")))
                .doesNotContain(slug);
        assertThat(after.substring(after.indexOf("Tehdyt poistot")))
                .contains(slug)
                .doesNotContain("PD-1");
    }

    @Test
    void aRetentionRuleIsSavedAndABadOneIsRefusedWithItsField() {
        String project = data.project("pages-rule", LocalDate.of(2030, 1, 31), null, null);

        assertThat(post("/staff/privacy/rules", "scope=project&target=" + project + "&months=24&action=ANONYMISE")
                        .code())
                .isIn(200, 303);
        assertThat(data.count(
                        "SELECT retention_months FROM project WHERE code = :code AND retention_action = 'ANONYMISE'",
                        Map.of("code", project)))
                .isEqualTo(24);

        HttpResponse<String> refused = post("/staff/privacy/rules", "scope=project&target=" + project + "&months=999");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("error-summary").contains("href=\"#f-months\"");
        HttpResponse<String> unknown = post("/staff/privacy/rules", "scope=campaign&target=ei-ole-" + data.suffix);
        assertThat(unknown.body()).contains("href=\"#f-target\"");
    }

    @Test
    void aRuleNeedsItsScopeAndATargetOfAtMost64CharactersAndANoticeItsCampaign() {
        HttpResponse<String> noScope = post("/staff/privacy/rules", "scope=hanke&target=x&months=12&action=DELETE");
        assertThat(noScope.code()).isEqualTo(422);
        assertThat(noScope.body()).contains("href=\"#f-scope\"").contains("valitse hanke tai keräys");

        HttpResponse<String> noTarget = post("/staff/privacy/rules", "scope=project&target=++&months=12");
        assertThat(noTarget.code()).isEqualTo(422);
        assertThat(noTarget.body()).contains("href=\"#f-target\"").contains("tieto puuttuu");

        HttpResponse<String> longTarget = post("/staff/privacy/rules", "scope=campaign&target=" + "k".repeat(65));
        assertThat(longTarget.code()).isEqualTo(422);
        assertThat(longTarget.body()).contains("href=\"#f-target\"").contains("liian pitkä");

        HttpResponse<String> noCampaign =
                post("/staff/privacy/notice", "campaign=&controller=Rekisterinpit%C3%A4j%C3%A4");
        assertThat(noCampaign.code()).isEqualTo(422);
        assertThat(noCampaign.body())
                .contains("href=\"#f-campaign\"")
                .contains("tieto puuttuu")
                .contains("value=\"Rekisterinpitäjä\"");

        HttpResponse<String> longContact = post("/staff/privacy/notice", "campaign=jokin&contact=" + "c".repeat(321));
        assertThat(longContact.code()).isEqualTo(422);
        assertThat(longContact.body()).contains("href=\"#f-contact\"").contains("liian pitkä");
    }

    @Test
    void anErasureIsConfirmedWithItsCountThenDone() {
        String project = data.project("pages-erase", LocalDate.of(2030, 1, 31), null, null);
        String slug = data.campaign("pages-erase", project, null, null, null);
        data.respond(slug, "PE-1", "fi", LocalDate.of(2019, 2, 1));
        data.respond(slug, "pe-1", "fi", LocalDate.of(2019, 2, 2));
        data.respond(slug, "PE-2", "fi", LocalDate.of(2019, 2, 3));
        String form = "kind=pseudonym&project=" + project + "&pseudonym=pe-1";

        HttpResponse<String> confirm = post("/staff/privacy/erasure/check", form);
        assertThat(confirm.code()).isEqualTo(200);
        assertThat(confirm.body()).contains("2 vastausta poistetaan").contains("erase-confirm");
        assertThat(data.responses(slug))
                .as("nothing goes before the confirmation")
                .isEqualTo(3);

        assertThat(post("/staff/privacy/erasure", form).code()).isIn(200, 303);
        assertThat(data.responses(slug)).isEqualTo(1);
        assertThat(page("/staff/privacy/erasure?erased=2")).contains("2 vastausta poistettiin");

        HttpResponse<String> typo =
                post("/staff/privacy/erasure/check", "kind=pseudonym&project=ei-" + data.suffix + "&pseudonym=x");
        assertThat(typo.code()).isEqualTo(422);
        assertThat(typo.body()).contains("href=\"#f-project\"").contains("ei ole hanketta");
    }

    @Test
    void theAccessDownloadHoldsThePersonsRows() {
        String project = data.project("pages-access", LocalDate.of(2030, 1, 31), null, null);
        String slug = data.campaign("pages-access", project, null, null, null);
        long mine = data.respond(slug, "PA-1", "fi", LocalDate.of(2019, 4, 1));
        data.respond(slug, "PA-2", "fi", LocalDate.of(2019, 4, 2));

        HttpResponse<byte[]> csv = staff.exchange(
                HttpRequest.POST("/staff/privacy/access", "kind=response&response=" + mine)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.of(byte[].class));
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"PA-1\"").doesNotContain("PA-2").contains(slug);

        HttpResponse<String> refused = post("/staff/privacy/access", "kind=response&response=abc");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#f-response\"");
    }

    @Test
    void aCampaignsNoticeFieldsAreSavedAndAnUnknownCampaignIsRefused() {
        String project = data.project("pages-notice", LocalDate.of(2030, 1, 31), null, null);
        String slug = data.campaign("pages-notice", project, null, null, null);

        assertThat(post(
                                "/staff/privacy/notice",
                                "campaign=" + slug + "&controller=Yhdistys+ry&contact=tietosuoja%40yhdistys.fi")
                        .code())
                .isIn(200, 303);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM campaign WHERE slug = :slug AND privacy_controller = 'Yhdistys ry'",
                        Map.of("slug", slug)))
                .isEqualTo(1);

        HttpResponse<String> refused = post("/staff/privacy/notice", "campaign=ei-ole-" + data.suffix);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#f-campaign\"").contains("ei ole keräystä");
    }

    @Test
    void otherRolesAreRefused() {
        String username = "tietosuoja-" + data.suffix;
        staff.post(
                "/api/users",
                Map.of("username", username, "password", "a-long-password-123", "roles", List.of("ANALYST")));
        StaffApi analyst = StaffApi.login(client.toBlocking(), username, "a-long-password-123");
        for (String path :
                List.of("/staff/privacy", "/staff/privacy/erasure", "/staff/privacy/access", "/staff/privacy/notice")) {
            assertThat(analyst.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML), Argument.STRING)
                            .code())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(analyst.exchange(
                                HttpRequest.POST("/staff/privacy/run", "")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                                Argument.STRING)
                        .code())
                .isEqualTo(403);
    }

    private String page(String path) {
        var response = staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML), Argument.STRING);
        assertThat(response.code()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }
}
