package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class QuestionnaireApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Test
    void publishesTheJsonSchemaToAnyone() {
        String schema = client.toBlocking().retrieve("/schemas/questionnaire.json");
        assertThat(schema).contains("\"$id\" : \"/schemas/questionnaire.json\"".replace(" : ", ": "));
    }

    @Test
    void listsTheLoadedQuestionnairesWithTheirLatestVersion() {
        List<Map<String, Object>> listed =
                StaffApi.loginAsAdmin(client.toBlocking()).getList("/api/questionnaires");
        assertThat(listed)
                .extracting(q -> q.get("key"))
                .contains("keko-impact", "event-feedback", "coaching-baseline", "coaching-followup");
        assertThat(listed)
                .filteredOn(q -> q.get("key").equals("coaching-followup"))
                .singleElement()
                .satisfies(q -> assertThat(q)
                        .containsEntry("version", 1)
                        .containsEntry("languages", List.of("fi", "sv", "en")));
    }

    @Test
    void validatesADefinitionWithoutStoringIt() {
        String definition =
                """
                key: draft-only
                defaultLanguage: fi
                languages: [fi, sv]
                title: {fi: Luonnos}
                questions:
                  - key: hours
                    type: number
                    min: 10
                    max: 5
                    label: {fi: Tunnit}
                """;
        var report = StaffApi.loginAsAdmin(client.toBlocking())
                .exchange(
                        HttpRequest.POST("/api/questionnaires/validate?name=draft.yaml", definition)
                                .contentType(MediaType.of("application/yaml")),
                        Argument.mapOf(String.class, Object.class))
                .body();
        assertThat(report).containsEntry("valid", false);
        @SuppressWarnings("unchecked")
        var problems = (List<Map<String, Object>>) report.get("problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + ":" + p.get("path") + ":" + p.get("severity"))
                .containsExactly("4:title.sv:WARNING", "9:questions[0].max:ERROR", "10:questions[0].label.sv:WARNING");
        assertThat(catalog.latest("draft-only")).isEmpty();
    }
}
