package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coaching follow-up's "Your work" page is shown only to those at work; its answers are stored only for them. */
@MicronautTest(transactional = false)
class PageRelevanceIntegrationTest {

    private static final String SLUG = "pages-test";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AnswerRepository answers;

    StaffApi staff;

    @BeforeEach
    void openCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign(SLUG, "coaching-followup", "Pages test");
    }

    private static Map<String, Object> answersWith(String status, Object hours) {
        Map<String, Object> given = new HashMap<>(Map.of(
                "consent", "accepted",
                "participant_code", "K-17",
                "followup_date", "2026-05-04",
                "employment_status", status,
                "work_ability", 6,
                "coaching_helped", "yes"));
        if (hours != null) {
            given.put("hours_per_week", hours);
        }
        return given;
    }

    @Test
    void answersOnAHiddenPageAreDroppedNotStored() {
        var stored = staff.post(
                "/api/campaigns/" + SLUG + "/responses", Map.of("answers", answersWith("still_seeking", 30)));

        assertThat(stored.code()).as(String.valueOf(stored.body())).isEqualTo(201);
        long id = ((Number) stored.body().get("id")).longValue();
        assertThat(answers.findByResponseIdOrderById(id))
                .extracting(AnswerRow::questionKey)
                .containsExactly(
                        "consent",
                        "participant_code",
                        "followup_date",
                        "employment_status",
                        "work_ability",
                        "coaching_helped");
    }

    @Test
    void answersOnAShownPageAreStoredAndCheckedAsAnyOther() {
        var stored = staff.post(
                "/api/campaigns/" + SLUG + "/responses", Map.of("answers", answersWith("wage_subsidised", "30,5")));

        assertThat(stored.code()).as(String.valueOf(stored.body())).isEqualTo(201);
        long id = ((Number) stored.body().get("id")).longValue();
        List<AnswerRow> rows = answers.findByResponseIdOrderById(id);
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("hours_per_week"))
                .singleElement()
                .satisfies(row -> assertThat(row.numberValue()).isEqualByComparingTo(new BigDecimal("30.5")));

        var refused = staff.post(
                "/api/campaigns/" + SLUG + "/responses", Map.of("answers", answersWith("wage_subsidised", 0)));
        assertThat(refused.code()).as(String.valueOf(refused.body())).isEqualTo(422);
        assertThat(String.valueOf(refused.body())).contains("hours_per_week");
    }
}
