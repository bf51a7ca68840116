package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calculations are worked out on the server from the answers before them and stored as answers, through the form and
 * the API alike: a number, a text from a choice, now() as a datetime, and none where the value is empty (division by
 * zero). A later condition sees a calculation's value, and a respondent cannot send one.
 */
@MicronautTest(transactional = false)
class CalculatedAnswersIntegrationTest {

    private static final String DEFINITION =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kustannukset}
            questions:
              - key: hours
                type: number
                decimal: true
                label: {fi: Tunnit}
              - key: long_days
                type: yes_no
                label: {fi: "Pitkiä päiviä?"}
                relevant: "if(hours > 10, true, false)"
              - key: cost
                type: number
                label: {fi: Kustannus euroina}
              - key: per_hour
                type: calculate
                label: {fi: Euroa tunnissa}
                calculation: round(cost / hours, 2)
              - key: size
                type: calculate
                label: {fi: Koko}
                calculation: "if(per_hour > 100, 'kallis', concat('edullinen ', int(per_hour)))"
              - key: why_expensive
                type: text
                label: {fi: "Miksi niin kallis?"}
                relevant: size = 'kallis'
              - key: sent_at
                type: calculate
                label: {fi: Lähetetty}
                calculation: now()
              - key: since_2000
                type: text
                label: {fi: "Lisätietoja"}
                relevant: sent_at > datetime('2000-01-01T00:00')
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void publishAndOpen() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        String key = "calculated-" + System.nanoTime();
        var created = staff.send(HttpRequest.POST("/api/questionnaires", DEFINITION.formatted(key))
                .contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(created.body()).containsEntry("publishable", true);
        assertThat(staff.post("/api/questionnaires/" + key + "/draft/publish", Map.of("confirm", false))
                        .code())
                .isEqualTo(201);
        slug = key;
        staff.openCampaign(slug, key, "Laskenta");
    }

    @Test
    void theFormStoresTheCalculatedValuesAndALaterConditionSeesThem() {
        List<AnswerRow> rows = rowsOfFormResponse("q.hours=2.5&q.cost=400&q.why_expensive=Vuokra");
        assertThat(rows)
                .extracting(AnswerRow::questionKey, AnswerRow::textValue)
                .contains(tuple("size", "kallis"), tuple("why_expensive", "Vuokra"));
        assertThat(number(rows, "per_hour")).isEqualByComparingTo("160");
    }

    @Test
    void theFormDropsTheAnswerToAQuestionACalculationHides() {
        List<AnswerRow> rows = rowsOfFormResponse("q.hours=3&q.cost=100&q.why_expensive=Vuokra");
        assertThat(number(rows, "per_hour")).isEqualByComparingTo("33.33");
        assertThat(rows)
                .extracting(AnswerRow::questionKey, AnswerRow::textValue)
                .contains(tuple("size", "edullinen 33"));
        assertThat(rows).extracting(AnswerRow::questionKey).doesNotContain("why_expensive");
    }

    @Test
    void theApiStoresTheCalculatedValues() {
        List<AnswerRow> rows = rowsOfApiResponse(Map.of("hours", 4, "cost", 90));
        assertThat(number(rows, "per_hour")).isEqualByComparingTo("22.5");
        assertThat(rows)
                .extracting(AnswerRow::questionKey, AnswerRow::textValue)
                .contains(tuple("size", "edullinen 22"));
    }

    @Test
    void nowIsStoredAsADatetimeIsToTheMinuteAndComparesWithADatetime() {
        LocalDateTime before = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        List<AnswerRow> rows = rowsOfApiResponse(Map.of("hours", 4, "cost", 90, "since_2000", "kyllä"));
        LocalDateTime after = LocalDateTime.now(clock.withZone(zone));
        String stored = rows.stream()
                .filter(row -> row.questionKey().equals("sent_at"))
                .map(AnswerRow::textValue)
                .findFirst()
                .orElseThrow();
        assertThat(stored).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        assertThat(LocalDateTime.parse(stored)).isBetween(before, after);
        assertThat(rows)
                .as("the condition comparing it with a datetime holds")
                .extracting(AnswerRow::questionKey, AnswerRow::textValue)
                .contains(tuple("since_2000", "kyllä"));
    }

    @Test
    void divisionByZeroStoresNoValueAndIsNoErrorForTheRespondent() {
        List<AnswerRow> rows = rowsOfApiResponse(Map.of("hours", 0, "cost", 90));
        assertThat(rows).extracting(AnswerRow::questionKey).doesNotContain("per_hour");
        // per_hour is empty, so the comparison is false and concat writes nothing for int(per_hour)
        assertThat(rows)
                .extracting(AnswerRow::questionKey, AnswerRow::textValue)
                .contains(tuple("size", "edullinen "));
    }

    @Test
    void theApiRefusesAValueSentForACalculation() {
        HttpResponse<Map<String, Object>> refused = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("hours", 4, "cost", 90, "per_hour", 1)));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).contains("per_hour").contains("unknown_question");
    }

    @Test
    void aLaterPagesLabelShowsTheCalculatedValue() {
        String key = "calculated-label-" + System.nanoTime();
        String definition =
                """
                key: %s
                defaultLanguage: fi
                languages: [fi]
                title: {fi: Kustannukset}
                pages:
                  - key: costs
                    title: {fi: Kulut}
                    questions:
                      - key: hours
                        type: number
                        decimal: true
                        label: {fi: Tunnit}
                      - key: cost
                        type: number
                        label: {fi: Kustannus euroina}
                      - key: per_hour
                        type: calculate
                        label: {fi: Euroa tunnissa}
                        calculation: round(cost / hours, 2)
                  - key: check
                    title: {fi: Tarkistus}
                    questions:
                      - key: agree
                        type: yes_no
                        label: {fi: "Tunnilta kertyi ${per_hour} euroa. Pitääkö paikkansa?"}
                """
                        .formatted(key);
        var created =
                staff.send(HttpRequest.POST("/api/questionnaires", definition).contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(created.body()).as(String.valueOf(created.body())).containsEntry("publishable", true);
        assertThat(staff.post("/api/questionnaires/" + key + "/draft/publish", Map.of("confirm", false))
                        .code())
                .isEqualTo(201);
        staff.openCampaign(key, key, "Laskenta sivuilla");
        var walker = new FormWalker(client.toBlocking());

        var second = walker.send(walker.open("/s/" + key), "q.hours=2.5&q.cost=400", "next");

        assertThat(second.html()).contains("Tunnilta kertyi 160 euroa. Pitääkö paikkansa?");
    }

    @Test
    void theFormShowsNoCalculation() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + slug + "?lang=fi"));
        assertThat(html).contains("name=\"q.hours\"").doesNotContain("per_hour").doesNotContain("Euroa tunnissa");
    }

    @Test
    void aConditionOnACalculationIsLeftToTheServerAndOneWithIfGoesToTheFormsScript() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + slug + "?lang=fi"));
        // the script evaluates if() as the server does; size is a calculation the script never sees
        assertThat(html)
                .contains("name=\"q.long_days\"")
                .contains("name=\"q.why_expensive\"")
                .containsPattern("data-key=\"long_days\"[^>]*data-condition=")
                .doesNotContainPattern("data-key=\"why_expensive\"[^>]*data-condition=");
    }

    private static BigDecimal number(List<AnswerRow> rows, String key) {
        return rows.stream()
                .filter(row -> row.questionKey().equals(key))
                .map(AnswerRow::numberValue)
                .findFirst()
                .orElseThrow();
    }

    private List<AnswerRow> rowsOfApiResponse(Map<String, Object> given) {
        HttpResponse<Map<String, Object>> stored =
                staff.post("/api/campaigns/" + slug + "/responses", Map.of("answers", given));
        assertThat(stored.code()).isEqualTo(201);
        return answers.findByResponseIdOrderById(((Number) stored.body().get("id")).longValue());
    }

    private List<AnswerRow> rowsOfFormResponse(String answered) {
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
}
