package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check the picker's script asks for: the plain message the save would give, in the staff's language. */
@MicronautTest(transactional = false)
class ExpressionCheckIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, Object> check(String text) {
        var staff = StaffApi.loginAsAdmin(client.toBlocking());
        var request = HttpRequest.POST(
                        "/staff/questionnaires/coaching-followup/builder/expression-check",
                        "question=hours_per_week&field=relevant&text="
                                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        return staff.send(request).body();
    }

    @Test
    void aMisspeltKeyIsAnsweredWithThePlainMessageAndAGoodExpressionIsAccepted() {
        assertThat(check("employment_statu = 'education'"))
                .containsEntry("ok", false)
                .containsEntry(
                        "message",
                        "kysymystä 'employment_statu' ei ole kyselyssä (onko se poistettu?). Tarkoititko"
                                + " 'employment_status'? (kohta 1)");
        assertThat(check("employment_status = 'education'"))
                .containsEntry("ok", true)
                .containsEntry("message", "Lauseke on kunnossa.");
        assertThat(check("hours_per_week > 3")).containsEntry("ok", false);
    }
}
