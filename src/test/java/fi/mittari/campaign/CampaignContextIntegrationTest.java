package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A campaign's purpose, and how its event and project fit together. */
@MicronautTest(transactional = false)
class CampaignContextIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "oma");
        ContextFixture.createProject(staff, "toinen");
        ContextFixture.createEvent(staff, "oma-kevat", "oma");
    }

    @Test
    void aCampaignIsASurveyUnlessItIsAnEventsSignIn() {
        assertThat(open("tavallinen", Map.of()).body()).containsEntry("purpose", "survey");
        var signIn = open("kirjautuminen", Map.of("purpose", "sign_in", "event", "oma-kevat"));
        assertThat(signIn.code()).isEqualTo(201);
        assertThat(signIn.body()).containsEntry("purpose", "sign_in");
        var refused = open("outo", Map.of("purpose", "lottery"));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("purpose");
    }

    @Test
    void aCampaignWithAnEventTakesTheEventsProject() {
        var opened = open("tapahtuman", Map.of("event", "oma-kevat"));
        assertThat(opened.code()).isEqualTo(201);
        assertThat(opened.body()).containsEntry("event", "oma-kevat").containsEntry("project", "oma");
        var same = open("sama-hanke", Map.of("event", "oma-kevat", "project", "oma"));
        assertThat(same.body()).containsEntry("project", "oma");
    }

    @Test
    void anUnknownEventOrAnotherProjectsEventIsRefusedByField() {
        var unknown = open("tuntematon", Map.of("event", "ei-ole"));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(fields(unknown.body())).containsExactly("event");
        var other = open("ristiin", Map.of("event", "oma-kevat", "project", "toinen"));
        assertThat(other.code()).isEqualTo(422);
        assertThat(fields(other.body())).containsExactly("event");
        assertThat(staff.get("/api/campaigns/ristiin").code()).isEqualTo(404);
    }

    @Test
    void changingACampaignChecksTheEventToo() {
        open("muutettava", Map.of());
        var changed = staff.send(HttpRequest.PUT(
                "/api/campaigns/muutettava", Map.of("title", "T", "event", "oma-kevat", "purpose", "sign_in")));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("project", "oma").containsEntry("purpose", "sign_in");
        var refused = staff.send(HttpRequest.PUT("/api/campaigns/muutettava", Map.of("title", "T", "event", "x-y")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused.body())).containsExactly("event");
    }

    private io.micronaut.http.HttpResponse<Map<String, Object>> open(String slug, Map<String, Object> settings) {
        Map<String, Object> request = new HashMap<>(settings);
        request.put("slug", slug);
        request.put("questionnaire", "keko-impact");
        request.put("title", "Campaign " + slug);
        return staff.post("/api/campaigns", request);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }
}
