package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void createsAProjectAndShowsItByCode() {
        var created = staff.post("/api/projects", ContextFixture.project("tyo-polku"));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/projects/tyo-polku");
        assertThat(staff.get("/api/projects/tyo-polku").body())
                .containsEntry("name", "Project tyo-polku")
                .containsEntry("grantId", "C-1234")
                .containsEntry("startsOn", "2026-01-01")
                .containsEntry("endsOn", "2028-12-31");
        assertThat(staff.post("/api/projects", ContextFixture.project("tyo-polku"))
                        .code())
                .isEqualTo(409);
    }

    @Test
    void refusesABadProjectNamingEachField() {
        Map<String, Object> bad = ContextFixture.project("Not Valid");
        bad.put("name", "");
        bad.put("endsOn", "2025-12-31");
        bad.put("startsOn", "2026-01-01");
        var refused = staff.post("/api/projects", bad);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("code", "name", "endsOn");
        assertThat(staff.get("/api/projects/Not Valid".replace(" ", "%20")).code())
                .isEqualTo(404);
    }

    @Test
    void changesAProjectButKeepsItsCode() {
        ContextFixture.createProject(staff, "muutos");
        Map<String, Object> change = ContextFixture.project("ignored");
        change.put("description", "Uusi kuvaus");
        var changed = staff.send(HttpRequest.PUT("/api/projects/muutos", change));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("code", "muutos").containsEntry("description", "Uusi kuvaus");
    }

    @Test
    void replacesTheWholeListOfGoals() {
        ContextFixture.createProject(staff, "tavoitteet");
        var first = staff.send(HttpRequest.PUT(
                "/api/projects/tavoitteet/goals",
                List.of(
                        Map.of("description", "More employed", "indicator", "employment_rate", "target", 0.3),
                        Map.of("description", "New partners", "target", 40, "baseline", 12.5))));
        assertThat(first.code()).isEqualTo(200);
        var second = staff.send(
                HttpRequest.PUT("/api/projects/tavoitteet/goals", List.of(Map.of("description", "Only this one"))));
        assertThat(second.code()).isEqualTo(200);
        List<Map<String, Object>> goals = staff.getList("/api/projects/tavoitteet/goals");
        assertThat(goals).hasSize(1);
        assertThat(goals.get(0)).containsEntry("position", 1).containsEntry("description", "Only this one");
    }

    @Test
    void aBadGoalIsNamedByItsPlaceInTheListAndNothingChanges() {
        ContextFixture.createProject(staff, "huono-tavoite");
        staff.send(HttpRequest.PUT("/api/projects/huono-tavoite/goals", List.of(Map.of("description", "Kept"))));
        var refused = staff.send(HttpRequest.PUT(
                "/api/projects/huono-tavoite/goals",
                List.of(Map.of("description", "Fine"), Map.of("description", "", "target", 3))));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("goals[1].description");
        assertThat(staff.getList("/api/projects/huono-tavoite/goals"))
                .extracting(g -> g.get("description"))
                .containsExactly("Kept");
    }

    @Test
    void coachedParticipantsAreAddedOnceAndDuplicatesReported() {
        ContextFixture.createProject(staff, "valmennus");
        var first = staff.post(
                "/api/projects/valmennus/coached-participants", Map.of("pseudonyms", List.of("VK-001", "VK-002")));
        assertThat(first.code()).isEqualTo(200);
        var second = staff.post(
                "/api/projects/valmennus/coached-participants",
                Map.of("pseudonyms", List.of("VK-002", "VK-003", "VK-003")));
        assertThat(second.body())
                .containsEntry("added", List.of("VK-003"))
                .containsEntry("duplicates", List.of("VK-003", "VK-002"));
        assertThat(staff.get("/api/projects/valmennus/coached-participants").body())
                .containsEntry("pseudonyms", List.of("VK-001", "VK-002", "VK-003"));
    }

    @Test
    void aPseudonymLikeAnEmailIsRefusedAndNothingIsStored() {
        ContextFixture.createProject(staff, "pseudo");
        var refused = staff.post(
                "/api/projects/pseudo/coached-participants",
                Map.of("pseudonyms", List.of("ok-1", "maija@example.fi", "Maija Meikäläinen")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("pseudonyms[1].pseudonym", "pseudonyms[2].pseudonym");
        // An empty list is left out of the JSON.
        assertThat(staff.get("/api/projects/pseudo/coached-participants").body().getOrDefault("pseudonyms", List.of()))
                .isEqualTo(List.of());
    }

    @Test
    void aSharesGoalIsAFractionOverTheApiAndFiftyIsRefused() {
        ContextFixture.createProject(staff, "osuus-api");
        var refused = staff.send(HttpRequest.PUT(
                "/api/projects/osuus-api/goals",
                List.of(Map.of(
                        "description",
                        "Kumppaneita",
                        "indicator",
                        "found_new_partners",
                        "target",
                        50,
                        "baseline",
                        0.4))));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("goals[0].target");
        var saved = staff.send(HttpRequest.PUT(
                "/api/projects/osuus-api/goals",
                List.of(
                        Map.of(
                                "description",
                                "Kumppaneita",
                                "indicator",
                                "found_new_partners",
                                "target",
                                0.5,
                                "baseline",
                                0.4),
                        Map.of("description", "Tilaisuuksia", "indicator", "events", "target", 50))));
        assertThat(saved.code()).isEqualTo(200);
        assertThat(staff.getList("/api/projects/osuus-api/goals"))
                .extracting(g -> ((Number) g.get("target")).doubleValue())
                .containsExactly(0.5, 50.0);
    }

    @Test
    void aGoalNamingAnUnknownIndicatorIsRefused() {
        ContextFixture.createProject(staff, "tuntematon");
        var refused = staff.send(HttpRequest.PUT(
                "/api/projects/tuntematon/goals", List.of(Map.of("description", "X", "indicator", "no_such_thing"))));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("goals[0].indicator");
    }

    @Test
    void coachedParticipantsCarryTheirDatesAndAPseudonymIsTheSameInAnyCase() {
        ContextFixture.createProject(staff, "paivat");
        var added = staff.post(
                "/api/projects/paivat/coached-participants",
                Map.of(
                        "participants",
                        List.of(
                                Map.of("pseudonym", "pv-1", "startedOn", "2026-02-01"),
                                Map.of("pseudonym", "PV-2", "startedOn", "2026-02-03", "endedOn", "2026-06-30"),
                                Map.of("pseudonym", "Pv-1"))));
        assertThat(added.body())
                .containsEntry("added", List.of("PV-1", "PV-2"))
                .containsEntry("duplicates", List.of("PV-1"));
        var again = staff.post("/api/projects/paivat/coached-participants", Map.of("pseudonyms", List.of("pv-2")));
        // An empty list is left out of the JSON.
        assertThat(again.body()).doesNotContainKey("added").containsEntry("duplicates", List.of("PV-2"));
        assertThat(staff.get("/api/projects/paivat/coached-participants").body())
                .containsEntry("pseudonyms", List.of("PV-1", "PV-2"))
                .containsEntry(
                        "participants",
                        List.of(
                                Map.of("pseudonym", "PV-1", "startedOn", "2026-02-01"),
                                Map.of("pseudonym", "PV-2", "startedOn", "2026-02-03", "endedOn", "2026-06-30")));

        var changed = staff.send(HttpRequest.PUT(
                "/api/projects/paivat/coached-participants/pv-1",
                Map.of("startedOn", "2026-02-01", "endedOn", "2026-05-31")));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("endedOn", "2026-05-31");
        var backwards = staff.send(HttpRequest.PUT(
                "/api/projects/paivat/coached-participants/PV-1",
                Map.of("startedOn", "2026-02-01", "endedOn", "2026-01-31")));
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(fields(backwards.body())).containsExactly("endedOn");
        var unknown = staff.send(
                HttpRequest.PUT("/api/projects/paivat/coached-participants/PV-9", Map.of("startedOn", "2026-02-01")));
        assertThat(unknown.code()).isEqualTo(404);
    }

    @Test
    void aFileOfCoachedParticipantsAddsNewOnesAndGivesKnownOnesItsDatesOrStoresNothing() {
        ContextFixture.createProject(staff, "tiedosto");
        staff.post("/api/projects/tiedosto/coached-participants", Map.of("pseudonyms", List.of("TI-1")));
        var refused = csv(
                "/api/projects/tiedosto/coached-participants/import",
                "pseudonym,started_on,ended_on\nti-2,2026-01-05,\nmaija@example.fi,,\nTI-2,,\nti-3,2026-02-01,2026-01-01\n");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(((List<?>) refused.body().get("errors"))).hasSize(3);
        assertThat(staff.get("/api/projects/tiedosto/coached-participants").body())
                .containsEntry("pseudonyms", List.of("TI-1"));

        var stored = csv(
                "/api/projects/tiedosto/coached-participants/import",
                "pseudonym,started_on,ended_on\nti-1,2026-01-02,2026-03-31\nti-2,2026-01-05,\n");
        assertThat(stored.code()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("added", 1).containsEntry("updated", 1);
        assertThat(staff.get("/api/projects/tiedosto/coached-participants").body())
                .containsEntry(
                        "participants",
                        List.of(
                                Map.of("pseudonym", "TI-1", "startedOn", "2026-01-02", "endedOn", "2026-03-31"),
                                Map.of("pseudonym", "TI-2", "startedOn", "2026-01-05")));
    }

    private HttpResponse<Map<String, Object>> csv(String path, String body) {
        return staff.send(
                HttpRequest.POST(path, body.getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
    }

    @Test
    void withoutATokenTheProjectsAre401AndAFunderGets403() {
        var anonymous = client.toBlocking();
        try {
            anonymous.exchange(HttpRequest.GET("/api/projects"));
            throw new AssertionError("no 401");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
        StaffApi funder = ContextFixture.loginAs(client.toBlocking(), staff, Roles.FUNDER);
        assertThat(funder.get("/api/projects").code()).isEqualTo(403);
        assertThat(funder.post("/api/projects", ContextFixture.project("funder-made"))
                        .code())
                .isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    static List<Object> fields(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }
}
