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
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matrix and Likert scale of surveys/event-feedback.yaml and the ranking and "other" of
 * surveys/coaching-baseline.yaml, as a respondent without JavaScript sees and sends them.
 */
@MicronautTest(transactional = false)
class CompositeQuestionsFormIntegrationTest {

    private static final String EVENT = "composite-event-test";
    private static final String BASELINE = "composite-baseline-test";
    private static final String EVENT_ANSWERS = "q.region=pirkanmaa&q.sector=third_sector&q.satisfaction=4"
            + "&q.event_rating.venue=good&q.event_rating.accessibility=excellent&q.got_what_came_for=4";
    private static final String BASELINE_ANSWERS = "q.consent=accepted&q.participant_code=TK-7"
            + "&q.start_date=2025-01-15&q.work_ability=5&q.helps_most.training=1&q.helps_most.coaching=2"
            + "&q.helps_most.peer_support=3";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @BeforeEach
    void openCampaigns() {
        var staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign(EVENT, "event-feedback", "Tampere 27.9.");
        staff.openCampaign(BASELINE, "coaching-baseline", "Valmennus");
    }

    @Test
    void rendersAMatrixAsOneRadioGroupPerItemUnderAScaleHeaderHiddenFromScreenReaders() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + EVENT + "?lang=en"));
        assertThat(html)
                .contains("<div class=\"matrix-header\" aria-hidden=\"true\">")
                .contains("<legend>The venue</legend>")
                .contains("<legend>Accessibility</legend>")
                .containsPattern("<input type=\"radio\" id=\"q-event_rating.venue-poor\" name=\"q.event_rating.venue\"")
                .contains("<label for=\"q-event_rating.venue-poor\"><span class=\"matrix-choice-label\">Poor</span>");
    }

    @Test
    void rendersALikertScaleAsRadioButtonsWhoseEndsSayWhatTheyMean() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + EVENT + "?lang=sv"));
        assertThat(html)
                .containsPattern("<input type=\"radio\" id=\"q-got_what_came_for-1\" name=\"q.got_what_came_for\"")
                .contains(", Helt av annan åsikt")
                .contains(", Helt av samma åsikt");
    }

    @Test
    void storesEachAnsweredMatrixItemAndTheLikertPointAsNumberAndChoice() {
        List<AnswerRow> rows = rowsOfNewResponse(EVENT, EVENT_ANSWERS);
        assertThat(rows)
                .filteredOn(r -> r.questionKey().startsWith("event_rating")
                        || r.questionKey().startsWith("got"))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue, AnswerRow::numberValue)
                .containsExactly(
                        tuple("event_rating.venue", "good", null),
                        tuple("event_rating.accessibility", "excellent", null),
                        tuple("got_what_came_for", "4", new BigDecimal("4.0000")));
    }

    @Test
    void rendersARankingAsASelectOfRanksPerChoiceAndOtherWithItsTextField() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + BASELINE + "?lang=sv"));
        assertThat(html)
                .contains("<select id=\"q-helps_most.coaching\" name=\"q.helps_most.coaching\"")
                .contains("<option value=\"\" selected=\"selected\">—</option>")
                .contains("<option value=\"3\">3</option>")
                .doesNotContain("<option value=\"4\">4</option>")
                .contains("<label for=\"q-helps_most.coaching\">Personlig coachning</label>")
                .contains("<label for=\"q-situation-other\">Annat, vad?</label>")
                .contains("<label for=\"q-situation-other-text\">Precisera</label>")
                .contains("id=\"q-situation-other-text\" name=\"q.situation.other\"");
    }

    @Test
    void storesTheTextOfOtherAndEachRankedChoiceWithItsRank() {
        List<AnswerRow> rows = rowsOfNewResponse(
                BASELINE, BASELINE_ANSWERS + "&q.situation=other&q.situation.other=" + encoded("Omaishoitaja"));
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("situation"))
                .extracting(AnswerRow::choiceValue, AnswerRow::textValue)
                .containsExactly(tuple("other", "Omaishoitaja"));
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("helps_most"))
                .extracting(AnswerRow::choiceValue, r -> r.numberValue().intValue())
                .containsExactly(tuple("training", 1), tuple("coaching", 2), tuple("peer_support", 3));
    }

    @Test
    void errorsOnOtherAndOnARepeatedRankLinkToTheirControlsAndKeepWhatWasTyped() {
        String form = "submission=" + SubmissionKeys.fresh() + "&"
                + BASELINE_ANSWERS.replace("peer_support=3", "peer_support=1")
                + "&q.situation=other&q.situation.other=";
        String html = refused(BASELINE, form);
        assertThat(html)
                .contains("<a href=\"#q-situation-other-text\">What is your current situation? – Please specify:"
                        + " Please say what you mean by other.</a>")
                .contains("<a href=\"#q-helps_most.coaching\">What would help you most into work? Rank 1 is given"
                        + " more than once. Give each rank only once.</a>")
                .contains("aria-describedby=\"q-situation-other-text-error\" aria-invalid=\"true\"")
                .contains("<option value=\"2\" selected=\"selected\">2</option>");
    }

    @Test
    void theTextOfOtherIsEscapedWhenShownAgain() {
        String form = "submission=" + SubmissionKeys.fresh() + "&q.situation=other&q.situation.other="
                + encoded("<script>alert(1)</script>");
        assertThat(refused(BASELINE, form))
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void aMatrixItemsErrorNamesTheItemInTheErrorSummary() {
        // the sample's matrix is optional, so an unknown grade is the refusal to show
        String form = "submission=" + SubmissionKeys.fresh() + "&" + EVENT_ANSWERS.replace("=excellent", "=superb");
        assertThat(refused(EVENT, form))
                .contains("<a href=\"#q-event_rating.accessibility-poor\">How would you rate the event? –"
                        + " Accessibility: Please choose one of the options.</a>");
    }

    private String refused(String slug, String form) {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + slug + "?lang=en", form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        return e.getResponse().getBody(String.class).orElseThrow();
    }

    private List<AnswerRow> rowsOfNewResponse(String slug, String answered) {
        long campaignId = campaigns.bySlug(slug).orElseThrow().id();
        HttpResponse<String> thanks = client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + slug, "submission=" + SubmissionKeys.fresh() + "&" + answered)
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
