package fi.mittari.context;

import fi.mittari.support.StaffApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Projects, events and staff of other roles for the context tests, created through the API. */
public final class ContextFixture {

    private ContextFixture() {}

    /** A valid project request with the given code. */
    public static Map<String, Object> project(String code) {
        Map<String, Object> project = new HashMap<>();
        project.put("code", code);
        project.put("name", "Project " + code);
        project.put("funder", "STEA");
        project.put("grantId", "C-1234");
        project.put("startsOn", "2026-01-01");
        project.put("endsOn", "2028-12-31");
        return project;
    }

    /** A valid one-day training in Lappi. */
    public static Map<String, Object> event(String code, String project) {
        Map<String, Object> event = new HashMap<>();
        event.put("code", code);
        event.put("project", project);
        event.put("name", "Event " + code);
        event.put("startsOn", "2026-03-12");
        event.put("endsOn", "2026-03-12");
        event.put("region", "lappi");
        event.put("eventType", "training");
        event.put("theme", "Employment");
        return event;
    }

    public static void createProject(StaffApi staff, String code) {
        created(staff.post("/api/projects", project(code)).code(), "project " + code);
    }

    public static void createEvent(StaffApi staff, String code, String project) {
        created(staff.post("/api/events", event(code, project)).code(), "event " + code);
    }

    /** Logs in as a user with {@code role}, created first if need be. */
    public static StaffApi loginAs(io.micronaut.http.client.BlockingHttpClient http, StaffApi admin, String role) {
        String username = role.toLowerCase(java.util.Locale.ROOT) + "-context";
        String password = "a-long-password-for-" + username;
        int status = admin.post(
                        "/api/users", Map.of("username", username, "password", password, "roles", List.of(role)))
                .code();
        created(status, "user " + username);
        return StaffApi.login(http, username, password);
    }

    private static void created(int status, String what) {
        if (status != 201 && status != 409) {
            throw new AssertionError(what + " not created: " + status);
        }
    }
}
