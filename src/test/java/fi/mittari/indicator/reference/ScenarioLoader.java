package fi.mittari.indicator.reference;

import fi.mittari.indicator.reference.Scenario.Campaign;
import fi.mittari.indicator.reference.Scenario.Coached;
import fi.mittari.indicator.reference.Scenario.Event;
import fi.mittari.indicator.reference.Scenario.Response;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Enters a scenario through the staff API, as staff and their importers do; any refusal fails the test. */
final class ScenarioLoader {

    private final StaffApi staff;

    ScenarioLoader(StaffApi staff) {
        this.staff = staff;
    }

    void load(Scenario scenario) {
        for (Scenario.Project project : scenario.projects()) {
            Map<String, Object> body = new HashMap<>();
            body.put("code", project.code());
            body.put("name", "Project " + project.code());
            body.put("funder", "STEA");
            body.put("startsOn", project.startsOn().toString());
            body.put("endsOn", project.endsOn().toString());
            expect(201, staff.post("/api/projects", body), "project " + project.code());
        }
        for (Scenario.Organisation organisation : scenario.organisations()) {
            expect(
                    201,
                    staff.post(
                            "/api/organisations", Map.of("name", organisation.name(), "sector", organisation.sector())),
                    "organisation " + organisation.name());
        }
        for (Event event : scenario.events()) {
            event(event);
        }
        for (Campaign campaign : scenario.campaigns()) {
            Map<String, Object> body = new HashMap<>();
            body.put("slug", campaign.slug());
            body.put("questionnaire", campaign.questionnaire());
            body.put("title", campaign.slug());
            campaign.event().ifPresentOrElse(e -> body.put("event", e), () -> body.put("project", campaign.project()));
            body.put("purpose", campaign.signIn() ? "sign_in" : "survey");
            expect(201, staff.post("/api/campaigns", body), "campaign " + campaign.slug());
            upload(
                    campaign,
                    scenario.responses().stream()
                            .filter(r -> r.campaign().equals(campaign.slug()))
                            .toList());
        }
        Map<String, List<Map<String, Object>>> coached = new LinkedHashMap<>();
        for (Coached participant : scenario.coached()) {
            Map<String, Object> row = new HashMap<>();
            row.put("pseudonym", participant.pseudonym());
            participant.startedOn().ifPresent(d -> row.put("startedOn", d.toString()));
            participant.endedOn().ifPresent(d -> row.put("endedOn", d.toString()));
            coached.computeIfAbsent(participant.project(), p -> new ArrayList<>())
                    .add(row);
        }
        coached.forEach((project, rows) -> expect(
                200,
                staff.post("/api/projects/" + project + "/coached-participants", Map.of("participants", rows)),
                "coached participants of " + project));
    }

    private void event(Event event) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", event.code());
        body.put("project", event.project());
        body.put("name", "Event " + event.code());
        body.put("startsOn", event.startsOn().toString());
        body.put("endsOn", event.startsOn().toString());
        body.put("region", event.region());
        body.put("eventType", event.type());
        event.network().ifPresent(n -> body.put("network", n));
        expect(201, staff.post("/api/events", body), "event " + event.code());
        if (event.rows().isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Scenario.Row row : event.rows()) {
            Map<String, Object> line = new HashMap<>();
            line.put("sector", row.sector());
            line.put("region", row.region());
            row.organisation().ifPresent(o -> line.put("organisation", o));
            line.put("participants", row.participants());
            rows.add(line);
        }
        expect(
                200,
                staff.send(HttpRequest.PUT("/api/events/" + event.code() + "/participation", rows)),
                "participation of " + event.code());
    }

    /** The campaign's responses as one paper-form upload, each with the moment it was sent. */
    private void upload(Campaign campaign, List<Response> responses) {
        if (responses.isEmpty()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        responses.forEach(r -> keys.addAll(r.answers().keySet()));
        StringBuilder csv = new StringBuilder("submitted," + String.join(",", keys) + "\n");
        for (Response response : responses) {
            csv.append(response.sent());
            for (String key : keys) {
                csv.append(',').append(response.answers().getOrDefault(key, ""));
            }
            csv.append('\n');
        }
        expect(
                201,
                staff.send(HttpRequest.POST(
                                "/api/campaigns/" + campaign.slug() + "/responses/upload",
                                csv.toString().getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv")),
                "responses of " + campaign.slug());
    }

    private static void expect(int status, HttpResponse<Map<String, Object>> response, String what) {
        if (response.code() != status) {
            throw new AssertionError(what + " refused: " + response.code() + " "
                    + response.getBody(String.class).orElse(String.valueOf(response.body())));
        }
    }
}
