package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RespondentFormIntegrationTest {

    private static final String SLUG = "form-test";
    private static final String COMPLETE = "q.new_partners=yes&q.topical_knowledge=yes&q.employment_knowledge=no"
            + "&q.region=kainuu&q.organisation_type=kela";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    fi.mittari.campaign.persistence.CampaignRepository campaignRepository;

    @BeforeEach
    void openCampaign() {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(SLUG, "keko-impact", "Form test");
    }

    @Test
    void rendersAnAccessibleFormInTheDefaultLanguage() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + SLUG).accept(MediaType.TEXT_HTML));
        assertThat(html)
                .contains("<html lang=\"fi\"")
                .contains("<legend>")
                .contains("Löysitkö KeKon kautta uusia yhteistyökumppaneita?")
                .contains("<label for=\"q-new_partners-yes\">Kyllä</label>")
                .contains("name=\"submission\"")
                // the ends of the 0–10 scale say what they mean to screen readers too
                .contains("<span>0</span><span class=\"visually-hidden\">, Ei lainkaan hyödyllinen</span>")
                .doesNotContain("<script");
    }

    @Test
    void rendersEachPageAsASectionNamedByItsHeading() {
        String html = client.toBlocking()
                .retrieve(HttpRequest.GET("/s/" + SLUG + "?lang=en").accept(MediaType.TEXT_HTML));

        assertThat(html)
                .contains("<section class=\"survey-page\" aria-labelledby=\"page-impact\">")
                .contains("<h2 id=\"page-impact\">The network&#39;s impact</h2>")
                .contains("<p class=\"page-intro\">First we ask what KeKo&#39;s events and network have brought to your"
                        + " work.</p>")
                .contains("<section class=\"survey-page\" aria-labelledby=\"page-about_you\">")
                .contains("<h2 id=\"page-about_you\">About you</h2>");
        // the pages in order, each question inside its own page
        assertThat(html.indexOf("id=\"page-impact\""))
                .isLessThan(html.indexOf("q-new_partners"))
                .isLessThan(html.indexOf("id=\"page-about_you\""));
        assertThat(html.indexOf("id=\"page-about_you\"")).isLessThan(html.indexOf("q-region"));
        assertThat(html.split("<section", -1)).hasSize(4);
    }

    @Test
    void choosesTheLanguageFromTheQueryThenFromAcceptLanguage() {
        String swedish = client.toBlocking()
                .retrieve(HttpRequest.GET("/s/" + SLUG + "?lang=sv").header("Accept-Language", "en"));
        assertThat(swedish).contains("<html lang=\"sv\"").contains("Hittade du nya samarbetspartner genom KeKo?");
        String english = client.toBlocking()
                .retrieve(HttpRequest.GET("/s/" + SLUG).header("Accept-Language", "de-DE, en;q=0.8, fi;q=0.5"));
        assertThat(english).contains("<html lang=\"en\"").contains("Did you find new partners through KeKo?");
    }

    @Test
    void unknownCampaignGetsANotFoundPage() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking()
                        .retrieve(HttpRequest.GET("/s/no-such-survey").accept(MediaType.TEXT_HTML)));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getBody(String.class))
                .hasValueSatisfying(body -> assertThat(body).contains("Kyselyä ei löytynyt"));
    }

    @Test
    void theNotFoundPageFollowsTheBrowsersLanguage() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking()
                        .retrieve(HttpRequest.GET("/s/no-such-survey").header("Accept-Language", "de-DE, sv;q=0.8")));
        assertThat(e.getResponse().getBody(String.class))
                .hasValueSatisfying(body -> assertThat(body).contains("Enkäten hittades inte"));
    }

    @Test
    void aClosedCampaignSaysSoAndStoresNothing() {
        var survey = campaigns.bySlug(SLUG).orElseThrow();
        var closed = campaignRepository.save(new fi.mittari.campaign.Campaign(
                null,
                "closed-" + System.nanoTime(),
                "Closed",
                survey.questionnaireVersionId(),
                null,
                java.time.Instant.parse("2020-01-01T00:00:00Z"),
                java.time.Instant.parse("2019-12-01T00:00:00Z"),
                null,
                fi.mittari.campaign.AccessMode.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null));
        var page = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().retrieve(HttpRequest.GET("/s/" + closed.slug())));
        assertThat(page.getStatus().getCode()).isEqualTo(410);
        assertThat(page.getResponse().getBody(String.class))
                .hasValueSatisfying(body -> assertThat(body).contains("Kysely on päättynyt"));
        var post = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/s/" + closed.slug(), "submission=" + SubmissionKeys.fresh() + "&" + COMPLETE)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        assertThat(post.getStatus().getCode()).isEqualTo(410);
        assertThat(responses.countByCampaignId(closed.id())).isZero();
    }

    @Test
    void pagesForbidScriptsFramingAndReferrers() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/s/" + SLUG), String.class);
        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void missingRequiredAnswerShowsTheFieldMessageAndStoresNothing() {
        long before = storedResponses();
        String form = "submission=" + SubmissionKeys.fresh() + "&q.new_partners=yes&q.comments="
                + URLEncoder.encode("<script>alert(1)</script> =SUM(A1)", StandardCharsets.UTF_8);
        var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () -> post(form));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(html)
                .contains("role=\"alert\"")
                .contains("href=\"#q-region-uusimaa\"")
                .contains("id=\"q-region-error\"")
                .contains("Vastaa tähän kysymykseen.")
                .contains("aria-describedby=\"q-region-error\"")
                // what the respondent typed comes back, escaped, so nothing is lost and nothing runs
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)")
                .doesNotContain("<script>alert(1)</script>")
                // the choice already made stays chosen
                .containsPattern("id=\"q-new_partners-yes\"[^>]*checked");
        assertThat(storedResponses()).isEqualTo(before);
    }

    @Test
    void aDoubleSubmitStoresOneResponse() {
        long before = storedResponses();
        String form = "submission=" + SubmissionKeys.fresh() + "&" + COMPLETE;
        HttpResponse<String> first = post(form);
        HttpResponse<String> second = post(form);
        assertThat(first.body()).contains("Kiitos vastauksestasi");
        assertThat(second.body()).contains("Kiitos vastauksestasi");
        assertThat(storedResponses()).isEqualTo(before + 1);
    }

    @Test
    void theThankYouPageFollowsTheRespondentsLanguage() {
        HttpResponse<String> response = client.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/s/" + SLUG + "?lang=en",
                                        "submission=" + SubmissionKeys.fresh() + "&" + COMPLETE)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class);
        assertThat(response.body()).contains("Thank you for your answers!").contains("<html lang=\"en\"");
    }

    private HttpResponse<String> post(String form) {
        return client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + SLUG, form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .accept(MediaType.TEXT_HTML_TYPE),
                        String.class);
    }

    private long storedResponses() {
        return responses.countByCampaignId(campaigns.bySlug(SLUG).orElseThrow().id());
    }
}
