package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.security.StaffAccounts;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /prometheus is for admins and for a scraper with the metrics token; it shows the responses stored moving. */
@MicronautTest(transactional = false)
@Property(name = "mittari.metrics.token", value = MetricsEndpointIntegrationTest.SCRAPE_TOKEN)
class MetricsEndpointIntegrationTest {

    static final String SCRAPE_TOKEN = "scrape-token-of-at-least-thirty-two-characters";
    private static final Pattern STORED_BY_API =
            Pattern.compile("(?m)^mittari_responses_stored_total\\{channel=\"API\"[^}]*} ([0-9.E]+)$");

    private static final Map<String, Object> ANSWERS = Map.of(
            "new_partners", "yes",
            "topical_knowledge", "partly",
            "employment_knowledge", "no",
            "region", "lappi",
            "organisation_type", "company",
            "usefulness", 9,
            "partner_activities", List.of("joint_services"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffAccounts accounts;

    @Test
    void anonymousCallersAndStaffWhoAreNotAdminsCannotReadTheMetrics() {
        assertThat(status(HttpRequest.GET("/prometheus"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/prometheus").bearerAuth("not-the-scrape-token")))
                .isEqualTo(401);
        String analyst = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        var created = (StaffAccounts.Creation.Created) accounts.create(analyst, List.of("ANALYST"), "fi");
        StaffApi staff = StaffApi.login(client.toBlocking(), analyst, created.password());
        assertThat(status(HttpRequest.GET("/prometheus").bearerAuth(staff.token())))
                .isEqualTo(403);
    }

    @Test
    void anAdminSeesTheStoredResponsesCounterMoveAndTheScraperReadsTheSame() {
        StaffApi admin = StaffApi.loginAsAdmin(client.toBlocking());
        admin.openCampaign("metrics-test", "keko-impact", "Metrics test");
        double before = storedByApi(scrape(admin.token()));

        for (int i = 0; i < 3; i++) {
            assertThat(admin.post("/api/campaigns/metrics-test/responses", Map.of("answers", ANSWERS))
                            .code())
                    .isEqualTo(201);
        }

        // Spring Batch is built on first use (ADR 35): its metrics exist once a job has run, in this test's own right
        String project = "metrics-" + Long.toString(System.nanoTime(), 36);
        assertThat(admin.post("/api/projects", ContextFixture.project(project)).code())
                .isEqualTo(201);
        admin.runJob("aggregateIndicators", Map.of("project", project));

        String text = scrape(admin.token());
        assertThat(storedByApi(text) - before).isEqualTo(3.0);
        assertThat(text).contains("hikaricp_connections_active", "spring_batch_job_launch_count_total");
        assertThat(storedByApi(scrape(SCRAPE_TOKEN))).isEqualTo(storedByApi(text));
    }

    private String scrape(String token) {
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET("/prometheus").bearerAuth(token), String.class);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private static double storedByApi(String text) {
        Matcher line = STORED_BY_API.matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0.0;
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking()
                    .exchange(request.accept("text/plain"), String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
