package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event sign-in and feedback sample (surveys/event-feedback.yaml): a dropdown and "none of these". */
@MicronautTest(transactional = false)
class EventFeedbackFormIntegrationTest {

    private static final String SLUG = "event-test";

    @Inject
    @Client("/")
    HttpClient client;

    @BeforeEach
    void openCampaign() {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(SLUG, "event-feedback", "Tampere 27.9.");
    }

    @Test
    void longListsAreALabelledSelectStartingWithNoChoice() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/s/" + SLUG + "?lang=en"));
        // a questionnaire without pages is one untitled page: no section, no page heading
        assertThat(html).doesNotContain("<section").doesNotContain("survey-page");
        assertThat(html)
                .contains("<label for=\"q-region\" class=\"question-label\">")
                .contains("<select id=\"q-region\" name=\"q.region\">")
                .contains("<option value=\"\">Choose…</option>")
                .contains("<option value=\"pirkanmaa\">Pirkanmaa</option>");
    }

    @Test
    void noneOfTheseCannotBeTickedWithAnotherChoice() {
        String form = "submission=" + SubmissionKeys.fresh()
                + "&q.region=pirkanmaa&q.sector=third_sector&q.satisfaction=5&q.useful=nothing&q.useful=new_contacts";
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(
                        HttpRequest.POST("/s/" + SLUG + "?lang=en", form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .contains("This choice cannot be combined with the others.")
                // the region chosen from the list stays chosen
                .containsPattern("<option value=\"pirkanmaa\" selected(=\"selected\")?>Pirkanmaa</option>");
    }
}
