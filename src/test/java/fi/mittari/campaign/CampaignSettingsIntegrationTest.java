package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening time, response cap, languages, access mode and thank-you text, as respondents and staff meet them. */
@MicronautTest(transactional = false)
class CampaignSettingsIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    fi.mittari.response.persistence.ResponseRepository responses;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "settings-" + System.nanoTime();
    }

    @Test
    void beforeItOpensTheLinkSaysWhenItWillOpenInsteadOfShowingAnError() {
        var opened = open(Map.of("opensAt", "2099-03-01", "closesAt", "2099-03-31"));
        assertThat(opened.code()).isEqualTo(201);
        assertThat(opened.body()).containsEntry("state", "not_yet_open");

        var page = respondentPage("/s/" + slug + "?lang=fi");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Kysely ei ole vielä avoinna").contains("1.3.2099");
        assertThat(page.body()).doesNotContain("<form");
    }

    @Test
    void theOpeningDayIsWrittenAsFinlandSwedishAndBritishEnglishReadersWriteIt() {
        open(Map.of("opensAt", "2099-03-01"));

        // not the JDK's Sweden-Swedish "1 mars 2099" nor its American "Mar 1, 2099, 12:00 AM"
        assertThat(respondentPage("/s/" + slug + "?lang=sv").body())
                .contains("Du kan svara på enkäten från och med 1.3.2099 00.00.");
        assertThat(respondentPage("/s/" + slug + "?lang=en").body())
                .contains("You can answer this survey from 1 Mar 2099 00:00.");
    }

    @Test
    void aFullCampaignTakesNoMoreResponsesAndSaysSo() {
        open(Map.of("responseCap", 1));
        assertThat(submit("yes").code()).isEqualTo(201);

        var refused = submit("no");
        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.body()).containsEntry("message", "The campaign is full");
        var page = respondentPage("/s/" + slug + "?lang=en");
        assertThat(page.code()).isEqualTo(410);
        assertThat(page.body()).contains("The survey is full");
    }

    @Test
    void twentyResponsesArrivingTogetherFillACapOfTenExactly() throws Exception {
        open(Map.of("responseCap", 10));
        int senders = 20;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            List<java.util.concurrent.Future<Integer>> codes = new java.util.ArrayList<>();
            for (int i = 0; i < senders; i++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return submit("yes").code();
                }));
            }
            start.countDown();
            List<Integer> results = new java.util.ArrayList<>();
            for (var code : codes) {
                results.add(code.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(code -> code == 201).hasSize(10);
            assertThat(results).filteredOn(code -> code == 409).hasSize(senders - 10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(slug).orElseThrow().id()))
                .isEqualTo(10);
        assertThat(respondentPage("/s/" + slug + "?lang=en").code()).isEqualTo(410);
    }

    @Test
    void theCampaignsOwnThankYouTextIsShownEscapedInTheRespondentsLanguage() {
        open(Map.of("thankYou", Map.of("fi", "Kiitos! <b>Nähdään</b> syysseminaarissa.", "sv", "Tack!")));

        assertThat(respondentPage("/s/" + slug + "/thanks?lang=fi").body())
                .contains("Kiitos! &lt;b&gt;Nähdään&lt;/b&gt; syysseminaarissa.");
        assertThat(respondentPage("/s/" + slug + "/thanks?lang=en").body()).contains("Thank you for your answers!");
    }

    @Test
    void settingsAreCheckedFieldByFieldAndCanBeChangedLater() {
        var refused = open(Map.of(
                "accessMode", "email",
                "languages", List.of("fi", "de"),
                "responseCap", 0,
                "opensAt", "2099-05-01",
                "closesAt", "2099-04-01"));
        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors)
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("accessMode", "languages", "responseCap", "opensAt");

        open(Map.of());
        fi.mittari.context.ContextFixture.createProject(staff, "keko");
        fi.mittari.context.ContextFixture.createEvent(staff, "KEKO-2019-03", "keko");
        var changed = staff.send(HttpRequest.PUT(
                "/api/campaigns/" + slug,
                Map.of(
                        "title", "Kevään tilaisuudet",
                        "accessMode", "kiosk",
                        "languages", List.of("sv", "fi"),
                        "event", "KEKO-2019-03")));
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body())
                .containsEntry("title", "Kevään tilaisuudet")
                .containsEntry("accessMode", "kiosk")
                .containsEntry("languages", List.of("sv", "fi"))
                .containsEntry("event", "KEKO-2019-03")
                .containsEntry("questionnaire", "keko-impact");
    }

    private HttpResponse<Map<String, Object>> open(Map<String, Object> settings) {
        Map<String, Object> request = new HashMap<>(settings);
        request.put("slug", slug);
        request.put("questionnaire", "keko-impact");
        request.put("title", "Settings");
        return staff.post("/api/campaigns", request);
    }

    private HttpResponse<Map<String, Object>> submit(String newPartners) {
        return staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of(
                        "answers",
                        Map.of(
                                "new_partners", newPartners,
                                "topical_knowledge", "yes",
                                "employment_knowledge", "yes",
                                "region", "lappi",
                                "organisation_type", "third_sector",
                                "usefulness", 8)));
    }

    private HttpResponse<String> respondentPage(String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse()
                    .getBody(String.class)
                    .map(body -> HttpResponse.status(e.getStatus()).body(body))
                    .orElseThrow();
        }
    }
}
