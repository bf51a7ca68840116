package fi.mittari.context;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projects, their goals and coached participants, run in the browser in Finnish, without JavaScript. The client follows
 * each POST's redirect, so a stored form answers 200 with the project's page.
 */
@MicronautTest(transactional = false)
class ProjectPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void aProjectIsAddedAndEditedButItsCodeStays() {
        var added = post("/staff/projects", "code=muokattava&name=Vanha+nimi&funder=STEA&startsOn=2026-01-01");
        // The client follows the redirect to the project's page.
        assertThat(added.code()).isEqualTo(200);
        assertThat(added.body()).contains("<h1>Vanha nimi</h1>").contains("1.1.2026 – –");

        String form = get("/staff/projects/muokattava/edit").body();
        assertThat(form).contains("value=\"muokattava\" readonly").doesNotContain("name=\"code\"");
        var refused = post(
                "/staff/projects/muokattava", "code=toinen&name=&funder=STEA&startsOn=2026-05-01&endsOn=2026-04-01");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Muutoksia ei tallennettu")
                .contains("href=\"#p-name\">Nimi: Täytä tämä kenttä.</a>")
                .contains("href=\"#p-endsOn\">Päättyy: Ei voi olla ennen alkupäivää 2026-05-01.</a>")
                .contains("aria-invalid=\"true\"");

        var changed = post(
                "/staff/projects/muokattava",
                "code=toinen&name=Uusi+nimi&funder=STEA&grantId=G-7&startsOn=2026-01-01&endsOn=2027-12-31"
                        + "&description=Kuvaus");
        assertThat(changed.code()).isEqualTo(200);
        assertThat(staff.get("/api/projects/muokattava").body())
                .containsEntry("code", "muokattava")
                .containsEntry("name", "Uusi nimi")
                .containsEntry("grantId", "G-7")
                .containsEntry("endsOn", "2027-12-31");
        assertThat(get("/staff/projects").body()).contains(">Uusi nimi</a>").contains("1.1.2026 – 31.12.2027");
    }

    @Test
    void aTakenCodeIsSaidInFinnishBesideTheField() {
        ContextFixture.createProject(staff, "varattu");
        var refused = post("/staff/projects", "code=varattu&name=Toinen&funder=STEA");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Hanketta ei lisätty")
                .contains("Tunnus: Tunnus varattu on jo käytössä.")
                .contains("id=\"p-code-error\"");
    }

    @Test
    void aSharesGoalTypedAsFiftyIsStoredAsHalfAndShownAsFiftyPerCent() {
        ContextFixture.createProject(staff, "osuus");
        var added = post(
                "/staff/projects/osuus/goals",
                "description=Kumppaneita&indicator=found_new_partners&baseline=40%2C5&target=50");
        assertThat(added.code()).isEqualTo(200);
        post("/staff/projects/osuus/goals", "description=Tilaisuuksia&indicator=events&target=12");
        List<Map<String, Object>> goals = staff.getList("/api/projects/osuus/goals");
        assertThat(goals).extracting(g -> number(g.get("target"))).containsExactly(0.5, 12.0);
        assertThat(number(goals.get(0).get("baseline"))).isEqualTo(0.405);

        String page = get("/staff/projects/osuus").body();
        assertThat(page)
                .contains("Kumppaneita")
                .contains(">50\u00a0%</td>")
                .contains(">40,5\u00a0%</td>")
                .contains(">12</td>")
                .doesNotContain("found_new_partners</td>");

        String edit = get(goalPath("osuus", 0)).body();
        assertThat(edit).contains("id=\"g-target\"").contains("value=\"50\"").contains("value=\"40.5\"");

        var tooMuch = post(goalPath("osuus", 0), "description=Kumppaneita&indicator=found_new_partners&target=150");
        assertThat(tooMuch.code()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("Tavoitearvo: Anna prosenttiluku väliltä 0–100.");
        var notANumber = post("/staff/projects/osuus/goals", "description=X&indicator=events&target=paljon");
        assertThat(notANumber.code()).isEqualTo(422);
        assertThat(notANumber.body()).contains("Tavoitearvo: Anna luku, esimerkiksi 12,5.");

        assertThat(post(goalPath("osuus", 0), "description=Kumppaneita&indicator=found_new_partners&target=60")
                        .code())
                .isEqualTo(200);
        assertThat(number(staff.getList("/api/projects/osuus/goals").get(0).get("target")))
                .isEqualTo(0.6);
        assertThat(post(goalPath("osuus", 1) + "/remove", "").code()).isEqualTo(200);
        assertThat(staff.getList("/api/projects/osuus/goals")).hasSize(1);
    }

    @Test
    void coachedParticipantsAreAddedWithDatesAndADuplicateInAnyCaseIsRefused() {
        ContextFixture.createProject(staff, "valmennettavat");
        var added = post("/staff/projects/valmennettavat/coached", "pseudonym=vk-7&startedOn=2026-01-05&endedOn=");
        assertThat(added.code()).isEqualTo(200);
        String page = get("/staff/projects/valmennettavat").body();
        assertThat(page).contains("Valmentautujia: 1").contains(">VK-7</th>").contains("5.1.2026");

        var twice = post("/staff/projects/valmennettavat/coached", "pseudonym=VK-7&startedOn=&endedOn=");
        assertThat(twice.code()).isEqualTo(422);
        assertThat(twice.body())
                .contains("Valmentautujaa ei lisätty")
                .contains("Pseudonyymi: Pseudonyymi VK-7 on jo tämän hankkeen valmentautuja.");
        var email = post("/staff/projects/valmennettavat/coached", "pseudonym=maija%40example.fi");
        assertThat(email.body()).contains("ei nimeä eikä sähköpostiosoitetta");

        assertThat(get("/staff/projects/valmennettavat/coached/VK-7").body()).contains("value=\"2026-01-05\"");
        var backwards = post("/staff/projects/valmennettavat/coached/VK-7", "startedOn=2026-01-05&endedOn=2025-12-31");
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(backwards.body()).contains("Valmennus päättyi: Ei voi olla ennen alkupäivää 2026-01-05.");
        assertThat(post("/staff/projects/valmennettavat/coached/vk-7", "startedOn=2026-01-05&endedOn=2026-06-30")
                        .code())
                .isEqualTo(200);
        assertThat(get("/staff/projects/valmennettavat").body()).contains("30.6.2026");
    }

    @Test
    void theProjectsEventsAreShownByNameWithRegionAndTypeInFinnish() {
        ContextFixture.createProject(staff, "tilaisuuksia");
        ContextFixture.createEvent(staff, "tilaisuus-1", "tilaisuuksia");
        assertThat(get("/staff/projects/tilaisuuksia").body())
                .contains(">Event tilaisuus-1</a>")
                .contains("<td>Lappi</td>")
                .contains("<td>Koulutus</td>")
                .contains("12.3.2026")
                .doesNotContain(">training<");
    }

    @Test
    void organisationsAreListedWithSectorAndRegionByNameAndErrorsByLabel() {
        post("/staff/organisations", "name=Lapin+Yrittäjät&sector=company&region=lappi");
        assertThat(get("/staff/organisations").body())
                .contains("Lapin Yrittäjät")
                .contains("<td>Yritys tai yrittäjä</td>")
                .contains("<td>Lappi</td>");
        var refused = post("/staff/organisations", "name=&sector=&region=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Organisaatiota ei lisätty")
                .contains("Nimi: Täytä tämä kenttä.")
                .contains("Sektori: Täytä tämä kenttä.");
    }

    private String goalPath(String project, int index) {
        Object id =
                staff.getList("/api/projects/" + project + "/goals").get(index).get("position");
        String page = get("/staff/projects/" + project).body();
        // The goal pages are addressed by the goal's id, which the project page links to.
        var links = java.util.regex.Pattern.compile("/staff/projects/" + project + "/goals/(\\d+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(id).isNotNull();
        return "/staff/projects/" + project + "/goals/" + links.get(index);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private HttpResponse<String> get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
