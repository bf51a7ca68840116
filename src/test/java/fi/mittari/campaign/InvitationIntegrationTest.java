package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal invitations: created in bulk as CSV, single use, and guessing a token yields nothing. */
@MicronautTest(transactional = false)
class InvitationIntegrationTest {

    private static final String ANSWERS = "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=yes"
            + "&q.region=lappi&q.organisation_type=third_sector&q.usefulness=7";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void openInvitationCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "invited-" + System.nanoTime();
        assertThat(staff.openInvitationCampaign(slug, "keko-impact", "Invited")).isEqualTo(201);
    }

    @Test
    void invitationsComeAsACsvForAMailMergeAndEachLinkAnswersOnce() {
        var csv = staff.exchange(
                HttpRequest.POST(
                                "/api/campaigns/" + slug + "/invitations",
                                Map.of("references", List.of("P001", "P002")))
                        .accept("text/csv"),
                Argument.STRING);
        assertThat(csv.code()).isEqualTo(201);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("reference,link");
        assertThat(lines.get(1)).matches("P001,http://localhost:8080/i/[A-Za-z0-9_-]{22}");
        String path = lines.get(1).substring(lines.get(1).indexOf("/i/"));

        var walker = new FormWalker(client.toBlocking());
        var firstPage = walker.open(path);
        assertThat(firstPage.html()).contains("<form");
        var secondPage = walker.send(firstPage, ANSWERS, "next");
        // the invitation link resumes where the invitee left off, in another browser too
        var resumed = walker.open(path);
        assertThat(resumed.pageKey()).isEqualTo(secondPage.pageKey()).isEqualTo("about_you");
        var otherTab = walker.open(path);
        var submitted = walker.fill(path, ANSWERS);
        assertThat(submitted.html()).as("redirected to the thank-you page").contains("Kiitos vastauksestasi");

        assertThat(page("GET", path, null).body()).contains("Olet jo vastannut").doesNotContain("<form");
        assertThat(walker.send(otherTab, ANSWERS, "next").html()).contains("Olet jo vastannut");
        long campaignId = campaigns.bySlug(slug).orElseThrow().id();
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);
        assertThat(staff.get("/api/campaigns/" + slug + "/invitations").body())
                .containsEntry("created", 2)
                .containsEntry("answered", 1);
    }

    @Test
    void anInvitationCampaignRefusesThePublicLinkAndGuessedTokensFindNothing() {
        staff.post("/api/campaigns/" + slug + "/invitations", Map.of("count", 3));

        var publicLink = page("GET", "/s/" + slug + "?lang=en", null);
        assertThat(publicLink.code()).isEqualTo(403);
        assertThat(publicLink.body()).contains("answered through the personal link");
        assertThat(page("POST", "/s/" + slug, ANSWERS + "&action=next").code()).isEqualTo(403);

        for (String guess : List.of("AAAAAAAAAAAAAAAAAAAAAA", "short", "x".repeat(500), "AAAAAAAAAAAAAAAAAAAA.A")) {
            assertThat(page("GET", "/i/" + guess, null).code()).as(guess).isEqualTo(404);
        }
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(slug).orElseThrow().id()))
                .isZero();
    }

    @Test
    void aBadOrRepeatedReferenceRefusesTheWholeBatch() {
        var refused = staff.post(
                "/api/campaigns/" + slug + "/invitations",
                Map.of("references", List.of("P001", "matti.meikalainen@example.com", "P001")));

        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("references[1]", "references[2]");
        assertThat(staff.get("/api/campaigns/" + slug + "/invitations").body()).containsEntry("created", 0);
    }

    private HttpResponse<String> page(String method, String path, String form) {
        var request = method.equals("GET")
                ? HttpRequest.GET(path)
                : HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            String body = e.getResponse().getBody(String.class).orElse("");
            return HttpResponse.status(e.getStatus()).body(body);
        }
    }
}
