package fi.mittari.support;

import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.util.Map;

/** Calls the staff API as a logged-in user, returning responses of any status instead of throwing. */
public final class StaffApi {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final BlockingHttpClient http;
    private final String token;

    private StaffApi(BlockingHttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public static StaffApi loginAsAdmin(BlockingHttpClient http) {
        return login(http, ADMIN, ADMIN_PASSWORD);
    }

    public static StaffApi login(BlockingHttpClient http, String username, String password) {
        HttpResponse<Map<String, Object>> response = http.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", password)),
                Argument.mapOf(String.class, Object.class));
        return new StaffApi(http, (String) response.body().get("access_token"));
    }

    /** Calls the API with a token obtained elsewhere, e.g. from another instance or made by hand. */
    public static StaffApi withToken(BlockingHttpClient http, String token) {
        return new StaffApi(http, token);
    }

    /** The bearer token this client sends. */
    public String token() {
        return token;
    }

    /** Opens a campaign for tests that share one across their methods; a campaign already open is left as it is. */
    public void openCampaign(String slug, String questionnaire, String title) {
        int status = post("/api/campaigns", Map.of("slug", slug, "questionnaire", questionnaire, "title", title))
                .code();
        if (status != 201 && status != 409) {
            throw new AssertionError("campaign " + slug + " not opened: " + status);
        }
    }

    /** Opens a campaign answered only through personal invitations (/i/{token}); the status of the request. */
    public int openInvitationCampaign(String slug, String questionnaire, String title) {
        return post(
                        "/api/campaigns",
                        Map.of(
                                "slug", slug,
                                "questionnaire", questionnaire,
                                "title", title,
                                "accessMode", "invitation"))
                .code();
    }

    public HttpResponse<Map<String, Object>> post(String path, Object body) {
        return exchange(HttpRequest.POST(path, body));
    }

    public HttpResponse<Map<String, Object>> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    public java.util.List<Map<String, Object>> getList(String path) {
        return http.retrieve(
                HttpRequest.GET(path).bearerAuth(token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    public HttpResponse<byte[]> download(String path) {
        return http.exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
    }

    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Argument<T> type) {
        try {
            return http.exchange(request.bearerAuth(token), type, Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<T> response = (HttpResponse<T>) e.getResponse();
            return response;
        }
    }

    /** Any request with a JSON object answer (or error body), e.g. a PUT of YAML text. */
    public HttpResponse<Map<String, Object>> send(MutableHttpRequest<?> request) {
        return exchange(request);
    }

    private HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        try {
            return http.exchange(
                    request.bearerAuth(token),
                    Argument.mapOf(String.class, Object.class),
                    Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            return response;
        }
    }

    /** Launches a job and polls its execution until it has ended; returns the final execution summary. */
    public Map<String, Object> runJob(String name, Map<String, Object> parameters) {
        HttpResponse<Map<String, Object>> launched = post("/api/jobs/" + name + "/executions", parameters);
        if (launched.code() != 202) {
            throw new AssertionError("job " + name + " not accepted: " + launched.code() + " " + launched.body());
        }
        Object id = launched.body().get("id");
        return await("job " + name + " ends")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> get("/api/jobs/executions/" + id).body(), execution -> {
                    String status = (String) execution.get("status");
                    return !status.equals("STARTING") && !status.equals("STARTED");
                });
    }
}
