package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms posted from another site are refused before anything is read or stored. */
@MicronautTest(transactional = false)
class CrossSiteFormIntegrationTest {

    private static final String ANSWERS =
            "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=partly" + "&action=next";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Test
    void aRespondentFormPostedFromAnotherSiteIsRefused() {
        String slug = "csrf-" + System.nanoTime();
        StaffApi.loginAsAdmin(client.toBlocking())
                .post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "CSRF"));

        assertThat(status(form("/s/" + slug).header("Origin", "https://evil.example")))
                .isEqualTo(403);
        assertThat(status(form("/s/" + slug).header("Origin", "null"))).isEqualTo(403);
        assertThat(status(form("/s/" + slug).header("Sec-Fetch-Site", "cross-site")))
                .isEqualTo(403);
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(slug).orElseThrow().id()))
                .isZero();

        String self = "http://localhost:" + server.getPort();
        assertThat(status(form("/s/" + slug).header("Origin", self).header("Sec-Fetch-Site", "same-origin")))
                .as("the same form from Mittari's own page")
                .isEqualTo(200);
    }

    @Test
    void aStaffFormOrPlainTextPostedFromAnotherSiteIsRefused() {
        var login = HttpRequest.POST("/login", "username=admin&password=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Origin", "https://evil.example");
        assertThat(status(login)).isEqualTo(403);
        var plainText = HttpRequest.POST("/api/questionnaires", "key: forged\n")
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .header("Sec-Fetch-Site", "cross-site");
        assertThat(status(plainText)).isEqualTo(403);
    }

    private static MutableHttpRequest<String> form(String path) {
        return HttpRequest.POST(path, ANSWERS).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
