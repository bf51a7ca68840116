package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
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
                // no inline script: only the one file of conditions, which the form does not need to work
                .doesNotContainPattern("<script(?! src=\"/assets/conditions\\.js\" defer></script>)");
    }

    @Test
    void showsOnePageAtATimeAsASectionNamedByItsHeadingWithItsPlace() {
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + SLUG + "?lang=en");

        assertThat(first.html())
                .contains("<p class=\"progress\">Page 1 of 3</p>")
                .contains("<section class=\"survey-page\" aria-labelledby=\"page-impact\">")
                .contains("<h2 id=\"page-impact\">The network&#39;s impact</h2>")
                .contains("<p class=\"page-intro\">First we ask what KeKo&#39;s events and network have brought to your"
                        + " work.</p>")
                .contains("q-new_partners")
                .doesNotContain("page-about_you")
                .doesNotContain("value=\"back\"");
        assertThat(first.html().indexOf("id=\"page-impact\""))
                .isLessThan(first.html().indexOf("q-new_partners"));

        var second = walker.send(first, COMPLETE, "next");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html())
                .contains("<p class=\"progress\">Page 2 of 3</p>")
                .contains("<h2 id=\"page-about_you\">About you</h2>")
                .contains("value=\"back\"")
                .doesNotContain("q-new_partners");
    }

    @Test
    void backKeepsTheAnswersGivenAndNothingIsStoredBeforeTheLastPage() {
        long before = storedResponses();
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + SLUG), COMPLETE, "next");
        var third = walker.send(second, COMPLETE, "next");
        assertThat(third.html()).contains("q-comments");
        assertThat(storedResponses()).isEqualTo(before);

        var backToSecond = walker.send(third, "q.comments=kesken", "back");
        var backToFirst = walker.send(backToSecond, COMPLETE.replace("kainuu", "lappi"), "back");
        assertThat(backToFirst.html()).containsPattern("id=\"q-new_partners-yes\"[^>]*checked");
        var again = walker.send(backToFirst, COMPLETE, "next");
        assertThat(again.html()).containsPattern("id=\"q-region-lappi\"[^>]*checked");
        var last = walker.send(walker.send(again, "q.region=lappi&q.organisation_type=kela", "next"), "", "back");
        assertThat(last.html()).contains("q-region");
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
                null,
                fi.mittari.campaign.CampaignPurpose.SURVEY));
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
        var walker = new FormWalker(client.toBlocking());
        var aboutYou = walker.send(walker.open("/s/" + SLUG), COMPLETE, "next");
        var refused = walker.send(
                aboutYou,
                "q.organisation_type=kela&q.comments="
                        + URLEncoder.encode("<script>alert(1)</script> =SUM(A1)", StandardCharsets.UTF_8),
                "next");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html())
                .contains("role=\"alert\"")
                .contains("href=\"#q-region-uusimaa\"")
                .contains("id=\"q-region-error\"")
                .contains("Vastaa tähän kysymykseen.")
                .contains("aria-describedby=\"q-region-error\"")
                // the choice already made stays chosen
                .containsPattern("id=\"q-organisation_type-kela\"[^>]*checked");
        var third = walker.send(refused, "q.region=kainuu&q.organisation_type=kela", "next");
        var secondAgain = walker.send(
                third,
                "q.comments=" + URLEncoder.encode("<script>alert(1)</script> =SUM(A1)", StandardCharsets.UTF_8),
                "back");
        String html = walker.send(secondAgain, "q.region=kainuu&q.organisation_type=kela", "next")
                .html();
        assertThat(html)
                // what the respondent typed comes back, escaped, so nothing is lost and nothing runs
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(storedResponses()).isEqualTo(before);
    }

    @Test
    void aDoubleSubmitStoresOneResponse() {
        long before = storedResponses();
        var walker = new FormWalker(client.toBlocking());
        var last = walker.send(walker.send(walker.open("/s/" + SLUG), COMPLETE, "next"), COMPLETE, "next");
        var first = walker.send(last, COMPLETE, "send");
        var second = walker.send(last, COMPLETE, "send");
        assertThat(first.html()).contains("Kiitos vastauksestasi");
        assertThat(second.html()).as("the second click finds the response sent").doesNotContain("<form");
        assertThat(storedResponses()).isEqualTo(before + 1);
    }

    @Test
    void theThankYouPageFollowsTheRespondentsLanguage() {
        var sent = new FormWalker(client.toBlocking()).fill("/s/" + SLUG + "?lang=en", COMPLETE);
        assertThat(sent.pagesSent()).containsExactly("impact", "about_you", "finally");
        assertThat(sent.html()).contains("Thank you for your answers!").contains("<html lang=\"en\"");
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
