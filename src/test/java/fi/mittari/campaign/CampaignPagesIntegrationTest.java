package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.security.AccountStore;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff open a campaign from the form (in Finnish, a fresh account's language) with its project and event, change it,
 * see its counts, create invitations as CSV and are told what they got wrong, field by field, by the field's label.
 */
@MicronautTest(transactional = false)
class CampaignPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AccountStore users;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "keraysten-hanke");
        ContextFixture.createProject(staff, "toinen-hanke");
        ContextFixture.createEvent(staff, "keraysten-seminaari", "keraysten-hanke");
        ContextFixture.createEvent(staff, "toisen-seminaari", "toinen-hanke");
    }

    @Test
    void aCampaignOpenedFromTheFormWithAProjectAndAnEventIsStoredWithThemAndShownByName() {
        String slug = "paged-" + System.nanoTime();

        var opened = post(
                "/staff/campaigns",
                "slug=" + slug + "&title=Kev%C3%A4tseminaari&questionnaire=keko-impact"
                        + "&project=keraysten-hanke&event=keraysten-seminaari&accessMode=public&purpose=survey");

        assertThat(opened.code()).isEqualTo(200);
        assertThat(staff.get("/api/campaigns/" + slug).body())
                .containsEntry("project", "keraysten-hanke")
                .containsEntry("event", "keraysten-seminaari");
        assertThat(get("/staff/campaigns/" + slug))
                .contains("<dd>Project keraysten-hanke</dd>")
                .contains("<dd>Event keraysten-seminaari (12.3.2026)</dd>");
        assertThat(get("/staff/campaigns"))
                .containsPattern("Kevätseminaari</a>\\s*<span class=\"slug\">/s/" + slug + "</span></th>\\s*"
                        + "<td>keko-impact v1</td>\\s*<td>Project keraysten-hanke</td>\\s*<td>Auki</td>");
    }

    @Test
    void anEventOfAnotherProjectIsRefusedOnTheEventFieldAndNothingIsStored() {
        String slug = "paged-" + System.nanoTime();

        var refused = post(
                "/staff/campaigns",
                "slug=" + slug + "&title=Ristiin&questionnaire=keko-impact"
                        + "&project=keraysten-hanke&event=toisen-seminaari");

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Keräystä ei avattu")
                .contains("<a href=\"#c-event\">Tilaisuus: Tilaisuus Event toisen-seminaari kuuluu hankkeeseen"
                        + " Project toinen-hanke.")
                .containsPattern("<p id=\"c-event-error\" class=\"error\">Tilaisuus Event toisen-seminaari")
                .contains("aria-describedby=\"c-event-hint c-event-error\" aria-invalid=\"true\"")
                .containsPattern("<option value=\"keraysten-hanke\" selected=\"selected\">Project keraysten-hanke")
                .containsPattern("<option value=\"toisen-seminaari\" selected=\"selected\">");
        assertThat(staff.get("/api/campaigns/" + slug).code()).isEqualTo(404);
    }

    @Test
    void theFormOffersProjectsByNameAndTheirEventsInGroups() {
        String form = get("/staff/campaigns/new");

        assertThat(form)
                .contains("<title>Uusi keräys")
                .contains("<option value=\"keraysten-hanke\">Project keraysten-hanke</option>")
                .containsPattern("<optgroup label=\"Project toinen-hanke\" data-project=\"toinen-hanke\">\\s*"
                        + "<option value=\"toisen-seminaari\">Event toisen-seminaari \\(12.3.2026\\)</option>")
                .contains("<script src=\"/assets/campaign-form.js\" defer></script>");
    }

    @Test
    void anEditChangesTheProjectAndEventAndKeepsTheAddressAndQuestionnaire() {
        String slug = "paged-" + System.nanoTime();
        staff.post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Syksy"));

        String edit = get("/staff/campaigns/" + slug + "/edit");
        assertThat(edit).contains("Muokkaa keräystä Syksy").contains("value=\"Syksy\"");

        var changed = post(
                "/staff/campaigns/" + slug,
                "title=Syksy+2&project=toinen-hanke&event=toisen-seminaari&closesAt=2099-12-31&accessMode=kiosk");

        assertThat(changed.code()).isEqualTo(200);
        assertThat(staff.get("/api/campaigns/" + slug).body())
                .containsEntry("title", "Syksy 2")
                .containsEntry("questionnaire", "keko-impact")
                .containsEntry("project", "toinen-hanke")
                .containsEntry("event", "toisen-seminaari")
                .containsEntry("accessMode", "kiosk");
        assertThat(get("/staff/campaigns/" + slug)).contains("<dd>31.12.2099</dd>");
        assertThat(get("/staff/campaigns/" + slug + "/edit")).contains("value=\"2099-12-31\"");
    }

    @Test
    void staffOpenAnInvitationCampaignSeeItsCountsAndDownloadInvitationLinks() {
        String slug = "paged-" + System.nanoTime();
        post(
                "/staff/campaigns",
                "slug=" + slug + "&title=Syysseminaari&questionnaire=keko-impact"
                        + "&accessMode=invitation&closesAt=2099-12-31&languages=fi%2C+sv&thankYouFi=Kiitos%21");

        String page = get("/staff/campaigns/" + slug);
        assertThat(page)
                .contains("<h1>Syysseminaari</h1>")
                .contains("keko-impact v1")
                .contains("<dt>Kutsuttu</dt><dd>0</dd>")
                .contains("Lähetetyt vastaukset päivittäin")
                .contains("<span>suomi, </span><span>ruotsi</span>")
                .contains("<dd>31.12.2099</dd>");
        assertThat(get("/staff/campaigns/" + slug + "/edit"))
                .contains("value=\"fi, sv\"")
                .contains("value=\"2099-12-31\"")
                .contains(">Kiitos!</textarea>");
        assertThat(get("/staff/campaigns")).contains(slug).contains("<td>Kutsu</td>");

        var csv = staff.exchange(
                HttpRequest.POST("/staff/campaigns/" + slug + "/invitations", "count=2&references=")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.body().lines())
                .hasSize(3)
                .element(1, org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches(",http://localhost:8080/i/[A-Za-z0-9_-]{22}");
        assertThat(get("/staff/campaigns/" + slug)).contains("<dt>Kutsuttu</dt><dd>2</dd>");

        var refused = post("/staff/campaigns/" + slug + "/invitations", "count=0&references=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Kutsuja ei tehty").contains("Anna kutsujen määrä 1–10000 tai tunnukset.");
    }

    @Test
    void aRefusedChangeShowsEachFieldsMessageByItsLabelAndKeepsWhatWasTyped() {
        String slug = "paged-" + System.nanoTime();
        staff.post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Kevät"));

        var refused =
                post("/staff/campaigns/" + slug, "title=Kev%C3%A4t+2&responseCap=kolme&languages=de&accessMode=public");

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Muutoksia ei tallennettu")
                .contains("Vastausten enimmäismäärä: Anna enimmäismäärä kokonaislukuna (vähintään 1), ei ”kolme”.")
                .contains("Kielet: Kyselyssä ei ole kieltä de. Sen kielet: fi, sv, en.")
                .contains("value=\"Kevät 2\"");
        assertThat(get("/api/campaigns/" + slug)).contains("\"title\":\"Kevät\"");
    }

    @Test
    void theCampaignAndDesignerPagesSpeakTheAccountsLanguage() {
        String username = "kielet-" + System.nanoTime();
        staff.post(
                "/api/users",
                Map.of("username", username, "password", "a-long-password-123", "roles", List.of("DESIGNER")));
        var designer = StaffApi.login(client.toBlocking(), username, "a-long-password-123");
        users.setLanguage(username, "sv");
        assertThat(html(designer, "/staff/campaigns/new"))
                .contains("lang=\"sv\"")
                .contains("<h1>Ny insamling</h1>")
                .contains("<option value=\"\">Inget projekt</option>")
                .contains(">Evenemang</label>");
        assertThat(html(designer, "/staff/questionnaires"))
                .contains("<h1>Enkäter</h1>")
                .contains("version 1");

        users.setLanguage(username, "en");
        assertThat(html(designer, "/staff/campaigns"))
                .contains("<h1>Campaigns</h1>")
                .contains("New campaign");
        assertThat(html(designer, "/staff/questionnaires/keko-impact/edit"))
                .contains("<h1>Edit keko-impact</h1>")
                .contains("Preview in Swedish");
    }

    private static String html(StaffApi as, String path) {
        var response = as.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML), Argument.STRING);
        assertThat(response.code()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private String get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING).body();
    }
}
