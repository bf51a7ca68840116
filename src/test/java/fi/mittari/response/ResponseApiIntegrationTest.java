package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ResponseApiIntegrationTest {

    private static final String SLUG = "api-test";

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
        staff.openCampaign(SLUG, "keko-impact", "API test");
    }

    @Test
    void storesOneRowPerAnswerInLongFormat() {
        var stored = staff.post(
                "/api/campaigns/" + SLUG + "/responses",
                Map.of(
                        "language",
                        "sv",
                        "answers",
                        Map.of(
                                "new_partners",
                                "yes",
                                "topical_knowledge",
                                "partly",
                                "employment_knowledge",
                                "no",
                                "region",
                                "lappi",
                                "organisation_type",
                                "company",
                                "usefulness",
                                9,
                                "partner_activities",
                                List.of("joint_services", "trainings_visits"),
                                "comments",
                                "Hyvä =1+1")));
        assertThat(stored.code()).isEqualTo(201);
        long id = ((Number) stored.body().get("id")).longValue();
        List<AnswerRow> rows = answers.findByResponseIdOrderById(id);
        assertThat(rows)
                .extracting(AnswerRow::questionKey)
                .containsExactly(
                        "new_partners",
                        "partner_activities",
                        "partner_activities",
                        "topical_knowledge",
                        "employment_knowledge",
                        "usefulness",
                        "region",
                        "organisation_type",
                        "comments");
        assertThat(rows.get(1).choiceValue()).isEqualTo("joint_services");
        assertThat(rows.get(5).numberValue()).isEqualByComparingTo(BigDecimal.valueOf(9));
        assertThat(rows.get(8).textValue()).isEqualTo("Hyvä =1+1");
        assertThat(responses.findById(id)).hasValueSatisfying(r -> {
            assertThat(r.language()).isEqualTo("sv");
            assertThat(r.channel()).isEqualTo("API");
        });
    }

    @Test
    void answerOutsideTheChoicesIsRefusedWithErrorsByQuestion() {
        long before =
                responses.countByCampaignId(campaigns.bySlug(SLUG).orElseThrow().id());
        var refused = staff.post(
                "/api/campaigns/" + SLUG + "/responses",
                Map.of(
                        "answers",
                        Map.of(
                                "new_partners",
                                "maybe",
                                "usefulness",
                                11,
                                "region",
                                List.of("lappi", "kainuu"),
                                "no_such_question",
                                "x")));
        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors)
                .extracting(e -> e.get("field") + ":" + e.get("code"))
                .containsExactlyInAnyOrder(
                        "no_such_question:unknown_question",
                        "new_partners:not_a_choice",
                        "topical_knowledge:required",
                        "employment_knowledge:required",
                        "usefulness:out_of_range",
                        "region:one_choice_only",
                        "organisation_type:required");
        assertThat(errors).anySatisfy(e -> assertThat(e.get("message")).isEqualTo("must be between 0 and 10"));
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(SLUG).orElseThrow().id()))
                .isEqualTo(before);
    }

    @Test
    void repeatingASubmissionIdReturnsTheStoredResponse() {
        Map<String, Object> body = Map.of(
                "submissionId",
                "paper-form-000123-abcdef",
                "answers",
                Map.of(
                        "new_partners",
                        "no",
                        "topical_knowledge",
                        "no",
                        "employment_knowledge",
                        "no",
                        "region",
                        "kainuu",
                        "organisation_type",
                        "kela"));
        var first = staff.post("/api/campaigns/" + SLUG + "/responses", body);
        var second = staff.post("/api/campaigns/" + SLUG + "/responses", body);
        assertThat(first.code()).isEqualTo(201);
        assertThat(second.code()).isEqualTo(200);
        assertThat(second.body()).containsEntry("id", first.body().get("id")).containsEntry("repeated", true);
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstResponse() {
        String key = "retry-" + System.nanoTime();
        var first = staff.send(withIdempotencyKey(key, Map.of("answers", minimalAnswers())));
        var retry = staff.send(withIdempotencyKey(key, Map.of("answers", minimalAnswers())));
        assertThat(first.code()).isEqualTo(201);
        assertThat(first.body()).containsEntry("repeated", false).containsEntry("submissionId", key);
        assertThat(retry.code()).isEqualTo(200);
        assertThat(retry.body()).containsEntry("id", first.body().get("id")).containsEntry("repeated", true);
    }

    @Test
    void idempotencyKeyThatDiffersFromTheSubmissionIdIsRefusedNamingTheField() {
        long before =
                responses.countByCampaignId(campaigns.bySlug(SLUG).orElseThrow().id());
        var refused = staff.send(withIdempotencyKey(
                "header-key", Map.of("submissionId", "body-key-0000000001", "answers", minimalAnswers())));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).contains("submissionId", "Idempotency-Key");
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(SLUG).orElseThrow().id()))
                .isEqualTo(before);
    }

    @Test
    void idempotencyKeyMustBeOneToSixtyFourVisibleAsciiCharacters() {
        assertThat(staff.send(withIdempotencyKey("x".repeat(65), Map.of("answers", minimalAnswers())))
                        .code())
                .isEqualTo(422);
        assertThat(staff.send(withIdempotencyKey("avain ä", Map.of("answers", minimalAnswers())))
                        .code())
                .isEqualTo(422);
        var accepted = staff.send(withIdempotencyKey("7", Map.of("answers", minimalAnswers())));
        assertThat(accepted.code()).isIn(200, 201);
    }

    private static io.micronaut.http.MutableHttpRequest<?> withIdempotencyKey(String key, Map<String, Object> body) {
        return io.micronaut.http.HttpRequest.POST("/api/campaigns/" + SLUG + "/responses", body)
                .header("Idempotency-Key", key);
    }

    private static Map<String, Object> minimalAnswers() {
        return Map.of(
                "new_partners",
                "no",
                "topical_knowledge",
                "no",
                "employment_knowledge",
                "no",
                "region",
                "kainuu",
                "organisation_type",
                "kela");
    }

    @Test
    void unknownCampaignIs404() {
        assertThat(staff.post("/api/campaigns/nope/responses", Map.of("answers", Map.of()))
                        .code())
                .isEqualTo(404);
    }
}
