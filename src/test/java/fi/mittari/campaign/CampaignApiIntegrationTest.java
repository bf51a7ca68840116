package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CampaignApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void opensACampaignOnTheLatestQuestionnaireVersion() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var created = staff.post(
                "/api/campaigns",
                Map.of(
                        "slug",
                        "open-me",
                        "questionnaire",
                        "keko-impact",
                        "title",
                        "Syksyn tilaisuudet",
                        "closesAt",
                        "2099-12-31T22:00:00Z"));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/campaigns/open-me");
        assertThat(created.body())
                .containsEntry("url", "/s/open-me")
                .containsEntry("questionnaire", "keko-impact")
                .containsEntry("questionnaireVersion", 1);
        assertThat(staff.get("/api/campaigns/open-me").code()).isEqualTo(200);
    }

    @Test
    void refusesABadRequestFieldByField() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var refused = staff.post(
                "/api/campaigns",
                Map.of(
                        "slug",
                        "No Spaces!",
                        "questionnaire",
                        "missing",
                        "title",
                        "",
                        "closesAt",
                        "2001-01-01T00:00:00Z"));
        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors)
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("slug", "title", "questionnaire", "closesAt");
    }

    @Test
    void aTakenSlugIsAConflict() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        Map<String, Object> request = Map.of("slug", "twice", "questionnaire", "keko-impact", "title", "Twice");
        assertThat(staff.post("/api/campaigns", request).code()).isEqualTo(201);
        assertThat(staff.post("/api/campaigns", request).code()).isEqualTo(409);
    }

    @Test
    void aClosingTimeIsAnInstantOrADateMeaningTheEndOfThatDayInFinland() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var byDate = staff.post(
                "/api/campaigns",
                Map.of(
                        "slug",
                        "closes-by-date",
                        "questionnaire",
                        "keko-impact",
                        "title",
                        "T",
                        "closesAt",
                        "2099-12-31"));
        assertThat(byDate.code()).isEqualTo(201);
        assertThat(byDate.body()).containsEntry("closesAt", "2099-12-31T22:00:00Z");

        var malformed = staff.post(
                "/api/campaigns",
                Map.of(
                        "slug",
                        "closes-whenever",
                        "questionnaire",
                        "keko-impact",
                        "title",
                        "T",
                        "closesAt",
                        "next friday"));
        assertThat(malformed.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) malformed.body().get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("field", "closesAt");
            assertThat((String) e.get("message")).startsWith("'next friday' is not a date like 2026-12-31");
        });
    }
}
