package fi.mittari.context;

import static fi.mittari.context.ProjectApiIntegrationTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CodeListApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void regionsCarryStatisticsFinlandCodesInTheirOrder() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        List<Map<String, Object>> regions = staff.getList("/api/code-lists/region");
        assertThat(regions).hasSize(19);
        assertThat(regions.get(0)).containsEntry("code", "uusimaa").containsEntry("officialCode", "01");
        assertThat(regions.get(17)).containsEntry("code", "lappi").containsEntry("officialCode", "19");
        assertThat(staff.get("/api/code-lists/colours").code()).isEqualTo(404);
    }

    @Test
    void anAdminRetiresAnEntryAndItIsNoLongerAccepted() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var retired = admin.send(HttpRequest.PUT("/api/code-lists/event_type/fair", entry("Messut", 4, false)));
        assertThat(retired.code()).isEqualTo(200);
        assertThat(retired.body()).containsEntry("active", false);
        ContextFixture.createProject(admin, "messut");
        Map<String, Object> event = ContextFixture.event("messut-2026", "messut");
        event.put("eventType", "fair");
        var refused = admin.post("/api/events", event);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("eventType");
    }

    @Test
    void anAdminAddsAnEntryAndAMissingNameIsRefusedByField() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        var added = admin.send(HttpRequest.PUT("/api/code-lists/event_type/webinar", entry("Webinaari", 5, true)));
        assertThat(added.code()).isEqualTo(200);
        assertThat(admin.getList("/api/code-lists/event_type"))
                .extracting(e -> e.get("code"))
                .contains("webinar");
        Map<String, Object> bad = entry("", 0, true);
        var refused = admin.send(HttpRequest.PUT("/api/code-lists/event_type/webinar", bad));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("nameFi", "position");
    }

    @Test
    void onlyAnAdminChangesCodeLists() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        StaffApi designer = ContextFixture.loginAs(client.toBlocking(), admin, Roles.DESIGNER);
        assertThat(designer.get("/api/code-lists/sector").code()).isEqualTo(200);
        assertThat(designer.send(HttpRequest.PUT("/api/code-lists/sector/kela", entry("Kela", 5, false)))
                        .code())
                .isEqualTo(403);
        assertThat(admin.getList("/api/code-lists/sector"))
                .filteredOn(e -> e.get("code").equals("kela"))
                .extracting(e -> e.get("active"))
                .containsExactly(true);
    }

    private static Map<String, Object> entry(String nameFi, int position, boolean active) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("nameFi", nameFi);
        entry.put("nameSv", nameFi.isEmpty() ? "x" : nameFi);
        entry.put("nameEn", nameFi.isEmpty() ? "x" : nameFi);
        entry.put("position", position);
        entry.put("active", active);
        return entry;
    }
}
