package fi.mittari.context;

import static fi.mittari.context.ProjectApiIntegrationTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class EventApiIntegrationTest {

    private static final String PROJECT = "tapahtumat";

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, PROJECT);
    }

    @Test
    void createsAnEventAndListsItUnderItsProject() {
        var created = staff.post("/api/events", ContextFixture.event("ROV-2026-03", PROJECT));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("project", PROJECT)
                .containsEntry("region", "lappi")
                .containsEntry("eventType", "training");
        assertThat(staff.getList("/api/events?project=" + PROJECT))
                .extracting(e -> e.get("code"))
                .contains("ROV-2026-03");
        assertThat(staff.post("/api/events", ContextFixture.event("ROV-2026-03", PROJECT))
                        .code())
                .isEqualTo(409);
    }

    @Test
    void refusesAnEventWithUnknownCodesAndAnUnknownProject() {
        Map<String, Object> bad = ContextFixture.event("bad-event", "no-such-project");
        bad.put("region", "atlantis");
        bad.put("eventType", "party");
        bad.put("startsOn", "2026-03-13");
        var refused = staff.post("/api/events", bad);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("project", "region", "eventType", "endsOn");
        assertThat(staff.get("/api/events/bad-event").code()).isEqualTo(404);
    }

    @Test
    void recordsTheRegionalNetworkAnEventBelongsToAndRefusesOneThatIsNotACode() {
        Map<String, Object> meeting = ContextFixture.event("rengas-1", PROJECT);
        meeting.put("network", "rengas-lappi");
        var created = staff.post("/api/events", meeting);
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("network", "rengas-lappi");
        assertThat(staff.get("/api/events/rengas-1").body()).containsEntry("network", "rengas-lappi");
        Map<String, Object> bad = ContextFixture.event("rengas-2", PROJECT);
        bad.put("network", "Rengas Lappi");
        var refused = staff.post("/api/events", bad);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("network");
    }

    @Test
    void changesAnEventButKeepsItsCode() {
        ContextFixture.createEvent(staff, "muuttuva", PROJECT);
        Map<String, Object> change = ContextFixture.event("ignored", PROJECT);
        change.put("region", "kainuu");
        var changed = staff.send(HttpRequest.PUT("/api/events/muuttuva", change));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("code", "muuttuva").containsEntry("region", "kainuu");
    }

    @Test
    void countsReplaceTheEventsCountedParticipation() {
        ContextFixture.createEvent(staff, "laskettu", PROJECT);
        staff.post("/api/organisations", Map.of("name", "Lapin Kela", "sector", "kela", "region", "lappi"));
        var first = staff.send(HttpRequest.PUT(
                "/api/events/laskettu/participation",
                List.of(
                        Map.of("sector", "kela", "region", "lappi", "organisation", "Lapin Kela", "participants", 4),
                        Map.of("sector", "third_sector", "region", "lappi", "participants", 9))));
        assertThat(first.code()).isEqualTo(200);
        var second = staff.send(HttpRequest.PUT(
                "/api/events/laskettu/participation",
                List.of(Map.of("sector", "company", "region", "kainuu", "participants", 3))));
        assertThat(second.code()).isEqualTo(200);
        List<Map<String, Object>> rows = staff.getList("/api/events/laskettu/participation");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("source", "COUNTS")
                .containsEntry("sector", "company")
                .containsEntry("participants", 3);
    }

    @Test
    void badCountsNameTheLineAndFieldAndChangeNothing() {
        ContextFixture.createEvent(staff, "huonot-luvut", PROJECT);
        staff.send(HttpRequest.PUT(
                "/api/events/huonot-luvut/participation",
                List.of(Map.of("sector", "kela", "region", "lappi", "participants", 5))));
        var refused = staff.send(HttpRequest.PUT(
                "/api/events/huonot-luvut/participation",
                List.of(
                        Map.of("sector", "kela", "region", "lappi", "participants", 2.5),
                        Map.of(
                                "sector",
                                "nobody",
                                "region",
                                "lappi",
                                "organisation",
                                "Unknown Oy",
                                "participants",
                                -1))));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body()))
                .containsExactly(
                        "participation[0].participants",
                        "participation[1].sector",
                        "participation[1].participants",
                        "participation[1].organisation");
        assertThat(staff.getList("/api/events/huonot-luvut/participation"))
                .extracting(r -> r.get("participants"))
                .containsExactly(5);
    }

    @Test
    void organisationsHaveUniqueNamesAndAKnownSector() {
        var created = staff.post("/api/organisations", Map.of("name", "Rovaniemen työpaja", "sector", "third_sector"));
        assertThat(created.code()).isEqualTo(201);
        assertThat(staff.post("/api/organisations", Map.of("name", "Rovaniemen työpaja", "sector", "kela"))
                        .code())
                .isEqualTo(409);
        var refused = staff.post("/api/organisations", Map.of("name", "", "sector", "mafia", "region", "mars"));
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("name", "sector", "region");
        Object id = created.body().get("id");
        var changed = staff.send(HttpRequest.PUT(
                "/api/organisations/" + id, Map.of("name", "Rovaniemen työpaja ry", "sector", "third_sector")));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("name", "Rovaniemen työpaja ry");
    }
}
