package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class QuestionnaireVersionIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aVersionComesBackAsTheStoredYamlOrAsJson() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String yaml = staff.exchange(
                        HttpRequest.GET("/api/questionnaires/event-feedback/versions/1")
                                .accept("application/yaml"),
                        Argument.of(String.class))
                .body();
        assertThat(yaml).isEqualTo(Files.readString(Path.of("surveys/event-feedback.yaml")));

        Map<String, Object> json =
                staff.get("/api/questionnaires/event-feedback/versions/1").body();
        assertThat(json).containsEntry("key", "event-feedback").containsEntry("version", 1);
        @SuppressWarnings("unchecked")
        var definition = (Map<String, Object>) json.get("definition");
        assertThat(definition).containsEntry("languages", List.of("fi", "sv", "en"));
        assertThat(staff.get("/api/questionnaires/event-feedback/versions/7").code())
                .isEqualTo(404);
    }
}
