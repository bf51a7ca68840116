package fi.mittari.campaign.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign's email page in Finnish: adding a list, refusals by line, reminder days, wording and preview. */
@MicronautTest(transactional = false)
@Property(name = "mittari.smtp.host", value = "127.0.0.1")
@Property(name = "mittari.smtp.port", value = "1")
class MailPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void openInvitationCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "mailpage-" + System.nanoTime();
        assertThat(staff.post(
                                "/api/campaigns",
                                Map.of(
                                        "slug", slug,
                                        "questionnaire", "keko-impact",
                                        "title", "Palautekysely",
                                        "accessMode", "invitation"))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void aPastedListIsQueuedAndShownWithTheResponseRate() {
        var added = post(
                "/staff/campaigns/" + slug + "/mail/recipients",
                "recipients=" + encode("anna@example.org\tAnna\tfi\tP1\nbo@example.org\tBo\tsv\tP2"));
        // the client follows the redirect (303) to the page with the count
        assertThat(added.code()).isEqualTo(200);
        assertThat(added.body())
                .contains("<title>Sähköpostikutsut: Palautekysely – Mittari</title>")
                .contains("Lisättiin 2 vastaanottajaa")
                .contains("anna@example.org")
                .contains("ruotsi")
                .contains("Jonossa");
        assertThat(get("/staff/campaigns/" + slug))
                .contains("Vastausaste")
                .contains("Sähköpostikutsut ja muistutukset")
                .containsPattern("Kutsuttu</dt><dd>2</dd>");
    }

    @Test
    void aListWithProblemsIsRefusedNamingEachLineInFinnish() {
        var refused = post(
                "/staff/campaigns/" + slug + "/mail/recipients",
                "recipients=" + encode("email;name\nanna@example.org;Anna\nei osoite;Bertta\nanna@example.org;Anna"));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Vastaanottajia ei lisätty")
                .contains("Rivi 3: ”ei osoite” ei ole sähköpostiosoite.")
                .contains("Rivi 4: osoite anna@example.org on listalla jo aiemmalla rivillä.")
                .as("what was typed stays in the field")
                .contains("Bertta");
        assertThat(get("/staff/campaigns/" + slug + "/mail")).contains("Vastaanottajia ei ole vielä lisätty.");
    }

    @Test
    void reminderDaysAreSavedAndABadDayIsRefusedWithTheReason() {
        var saved = post("/staff/campaigns/" + slug + "/mail/schedule", "reminderDays=" + encode("14, 7"));
        assertThat(saved.code()).isEqualTo(200);
        assertThat(saved.body()).contains("value=\"7, 14\"");

        var refused = post("/staff/campaigns/" + slug + "/mail/schedule", "reminderDays=" + encode("7, viikko"));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Muistutuspäivä ”viikko” ei kelpaa");
    }

    @Test
    void aMessageIsPreviewedAsSentAndSavedOnlyWithItsLinks() {
        String form = "kind=reminder&language=fi&subject=" + encode("Muista {title}") + "&body="
                + encode("Hei {name},\nvastaa: {link}\nLopeta viestit: {optout}");
        var preview = post("/staff/campaigns/" + slug + "/mail/template", form + "&action=preview");
        assertThat(preview.code()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Muista Palautekysely")
                .contains("Hei Maija Meikäläinen,")
                .contains("/optout/ESIMERKKI?lang=fi");

        var saved = post("/staff/campaigns/" + slug + "/mail/template", form + "&action=save");
        assertThat(saved.code()).isEqualTo(200);
        assertThat(saved.body()).contains("Viesti tallennettiin.").contains("Muista {title}");
        assertThat(get("/staff/campaigns/" + slug + "/mail?kind=reminder&language=fi"))
                .contains("Muista {title}");
        assertThat(staff.get("/api/campaigns/" + slug + "/mail/templates/reminder/fi")
                        .body())
                .containsEntry("subject", "Muista {title}");

        var refused = post(
                "/staff/campaigns/" + slug + "/mail/template",
                "kind=invitation&language=sv&subject=Inbjudan&body=" + encode("Hej!") + "&action=save");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Viestistä puuttuu {link}").contains("Viestistä puuttuu {optout}");
    }

    @Test
    void theApiTakesACsvListAndRefusesARowWithItsNumber() {
        var created = staff.exchange(
                HttpRequest.POST(
                                "/api/campaigns/" + slug + "/mail/recipients",
                                "sähköposti;nimi;kieli\nx@example.org;X;sv\n")
                        .contentType("text/csv"),
                Argument.mapOf(String.class, Object.class));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("queued", 1);

        var refused = staff.exchange(
                HttpRequest.POST("/api/campaigns/" + slug + "/mail/recipients", "email\nx@example.org\n")
                        .contentType("text/csv"),
                Argument.mapOf(String.class, Object.class));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("row 2: email").contains("already invited");
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private String get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING).body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
