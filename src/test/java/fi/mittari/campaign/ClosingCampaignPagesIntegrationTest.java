package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import fi.mittari.support.TimeZones;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign is closed and reopened from its page: closing keeps every answer; reopening takes answers at once,
 * until a new last day or, with the field left empty, until it is closed again. A last day already past is refused.
 */
@MicronautTest(transactional = false)
class ClosingCampaignPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;
    String slug;

    @BeforeEach
    void openACampaignWithOneAnswer() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "closing-" + System.nanoTime();
        staff.post(
                "/api/campaigns",
                Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Suljettava", "closesAt", "2099-06-30"));
        assertThat(staff.post("/api/campaigns/" + slug + "/responses", Map.of("answers", answers()))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void closingStopsNewAnswersAndKeepsTheAnswersGiven() {
        assertThat(get("/staff/campaigns/" + slug))
                .contains("Sulje keräys nyt")
                .doesNotContain("Avaa keräys uudelleen");

        post("/staff/campaigns/" + slug + "/close", "");

        assertThat(staff.get("/api/campaigns/" + slug).body()).containsEntry("state", "closed");
        assertThat(staff.post("/api/campaigns/" + slug + "/responses", Map.of("answers", answers()))
                        .code())
                .isEqualTo(409);
        assertThat(get("/staff/campaigns/" + slug))
                .contains("<dd>Suljettu</dd>")
                .contains("<dt>Lähetetty</dt><dd>1</dd>")
                .contains("Keräys on suljettu. Annetut vastaukset ovat tallessa.")
                .contains("Avaa keräys uudelleen")
                .doesNotContain("Sulje keräys nyt");

        post("/staff/campaigns/" + slug + "/close", "");
        assertThat(staff.get("/api/campaigns/" + slug).body()).containsEntry("state", "closed");
    }

    @Test
    void theRespondentsFormSeesClosingAndReopeningAtOnce() {
        assertThat(respondentPage()).isEqualTo(200);

        post("/staff/campaigns/" + slug + "/close", "");
        assertThat(respondentPage()).isEqualTo(410);

        post("/staff/campaigns/" + slug + "/reopen", "closesAt=");
        assertThat(respondentPage()).isEqualTo(200);
    }

    @Test
    void reopeningWithoutALastDayKeepsTheCampaignOpenUntilItIsClosedAgain() {
        post("/staff/campaigns/" + slug + "/close", "");

        post("/staff/campaigns/" + slug + "/reopen", "closesAt=");

        assertThat(staff.get("/api/campaigns/" + slug).body())
                .containsEntry("state", "open")
                .doesNotContainKey("closesAt");
        assertThat(get("/staff/campaigns/" + slug))
                .contains("<dd>Ei viimeistä päivää: auki, kunnes keräys suljetaan</dd>")
                .contains("<dt>Lähetetty</dt><dd>1</dd>");
        assertThat(staff.post("/api/campaigns/" + slug + "/responses", Map.of("answers", answers()))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void reopeningTakesANewLastDayAndRefusesOneAlreadyPast() {
        post("/staff/campaigns/" + slug + "/close", "");

        var refused = post("/staff/campaigns/" + slug + "/reopen", "closesAt=2020-01-31");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<p id=\"r-closesAt-error\" class=\"error\" role=\"alert\">Viimeisen vastauspäivän on oltava"
                        + " tänään tai myöhemmin.</p>")
                .contains("value=\"2020-01-31\"")
                .contains("aria-invalid=\"true\"");
        assertThat(staff.get("/api/campaigns/" + slug).body()).containsEntry("state", "closed");

        post("/staff/campaigns/" + slug + "/reopen", "closesAt=2099-08-31");

        assertThat(staff.get("/api/campaigns/" + slug).body())
                .containsEntry("state", "open")
                .containsEntry("closesAt", "2099-08-31T21:00:00Z");
        assertThat(get("/staff/campaigns/" + slug)).contains("<dd>31.8.2099</dd>");
    }

    @Test
    void aClosedCampaignCanBeEditedWithoutReopeningIt() {
        post("/staff/campaigns/" + slug + "/close", "");
        String today = LocalDate.now(TimeZones.HELSINKI).toString();
        assertThat(get("/staff/campaigns/" + slug + "/edit")).contains("value=\"" + today + "\"");

        var changed =
                post("/staff/campaigns/" + slug, "title=Uusi+nimi&accessMode=public&purpose=survey&closesAt=" + today);

        assertThat(changed.code()).isEqualTo(200);
        assertThat(staff.get("/api/campaigns/" + slug).body())
                .containsEntry("title", "Uusi nimi")
                .containsEntry("state", "closed");
    }

    private static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("new_partners", "yes");
        answers.put("topical_knowledge", "yes");
        answers.put("employment_knowledge", "yes");
        answers.put("region", "lappi");
        answers.put("organisation_type", "third_sector");
        answers.put("usefulness", 8);
        return answers;
    }

    /** The status of the campaign's public form, as a respondent without a login meets it. */
    private int respondentPage() {
        try {
            return client.toBlocking()
                    .exchange(HttpRequest.GET("/s/" + slug + "?lang=fi"), String.class)
                    .code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private String get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING).body();
    }
}
