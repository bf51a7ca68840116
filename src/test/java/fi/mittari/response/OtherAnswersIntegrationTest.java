package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped questions offering "other" (here the region and the sector of surveys/event-feedback.yaml) take its
 * written text beside it, through the form without JavaScript and through the API as {@code "region.other"}, and store
 * it with the chosen "other".
 */
@MicronautTest(transactional = false)
class OtherAnswersIntegrationTest {

    private static final String SLUG = "other-answers-test";
    private static final String ANSWERS = "q.satisfaction=4&q.event_rating.venue=good&q.got_what_came_for=4";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    StaffApi staff;

    @BeforeEach
    void openCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign(SLUG, "event-feedback", "Oulu 3.10.");
    }

    @Test
    void theFormOffersALabelledTextFieldForOtherBesideTheChoice() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + SLUG + "?lang=fi"));
        assertThat(html)
                .contains("<label for=\"q-region-other-text\">Tarkenna</label>")
                .contains("id=\"q-region-other-text\" name=\"q.region.other\"")
                .contains("id=\"q-sector-other-text\" name=\"q.sector.other\"");
    }

    @Test
    void theFormStoresOtherWithItsText() {
        List<AnswerRow> rows = rowsOfNewResponse(ANSWERS + "&q.region=other&q.region.other=" + encoded("Ahvenanmaa")
                + "&q.sector=other&q.sector.other=" + encoded("Seurakunta"));
        assertThat(rows)
                .filteredOn(
                        r -> r.questionKey().equals("region") || r.questionKey().equals("sector"))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue, AnswerRow::textValue)
                .containsExactly(tuple("region", "other", "Ahvenanmaa"), tuple("sector", "other", "Seurakunta"));
    }

    @Test
    void theFormAsksForTheTextInTheRespondentsLanguage() {
        String form = "submission=" + SubmissionKeys.fresh() + "&" + ANSWERS + "&q.region=other&q.region.other="
                + "&q.sector=third_sector";
        var refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + SLUG + "?lang=sv", form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class));
        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.getResponse().getBody(String.class).orElseThrow())
                .contains("<a href=\"#q-region-other-text\">")
                .contains("Berätta vad du menar med annat.");
    }

    @Test
    void theApiStoresOtherWithItsTextNamedQuestionDotOther() {
        HttpResponse<Map<String, Object>> stored = staff.post(
                "/api/campaigns/" + SLUG + "/responses",
                Map.of(
                        "answers",
                        Map.of(
                                "region", "other",
                                "region.other", "Ahvenanmaa",
                                "sector", "other",
                                "sector.other", "Seurakunta",
                                "satisfaction", 4)));
        assertThat(stored.code()).isEqualTo(201);
        long id = ((Number) stored.body().get("id")).longValue();
        assertThat(answers.findByResponseIdOrderById(id))
                .filteredOn(
                        r -> r.questionKey().equals("region") || r.questionKey().equals("sector"))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue, AnswerRow::textValue)
                .containsExactly(tuple("region", "other", "Ahvenanmaa"), tuple("sector", "other", "Seurakunta"));
    }

    @Test
    void theApiRefusesOtherWithoutItsText() {
        HttpResponse<Map<String, Object>> refused = staff.post(
                "/api/campaigns/" + SLUG + "/responses",
                Map.of("answers", Map.of("region", "other", "sector", "kela", "satisfaction", 4)));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString())
                .contains("region.other")
                .contains("other_text_required");
    }

    private List<AnswerRow> rowsOfNewResponse(String answered) {
        long campaignId = campaigns.bySlug(SLUG).orElseThrow().id();
        HttpResponse<String> thanks = client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + SLUG, "submission=" + SubmissionKeys.fresh() + "&" + answered)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .accept(MediaType.TEXT_HTML_TYPE),
                        String.class);
        assertThat(thanks.code()).isEqualTo(200);
        var stored = responses.findAll().stream()
                .filter(r -> r.campaignId() == campaignId)
                .reduce((a, b) -> b)
                .orElseThrow();
        return answers.findByResponseIdOrderById(stored.id());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
