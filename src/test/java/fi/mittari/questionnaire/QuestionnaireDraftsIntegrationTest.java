package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts over the API: saved with errors, published as numbered versions, and removals of answered choices refused. */
@MicronautTest(transactional = false)
class QuestionnaireDraftsIntegrationTest {

    private static final String DEFINITION =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Ilmoittautuminen, sv: Anmälan}
            questions:
              - key: sector
                type: single_choice
                required: true
                label: {fi: Sektori, sv: Sektor}
                choices:
                  - {value: ngo, label: {fi: Järjestö, sv: Organisation}}
                  - {value: kela, label: {fi: Kela, sv: FPA}}
              - key: useful
                type: yes_no
                label: {fi: "Oliko hyödyllinen?", sv: "Var det nyttigt?"}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    private StaffApi staff;
    private String key;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        key = "drafted-" + System.nanoTime();
    }

    @Test
    void aDraftIsSavedWithItsErrorsAndOnlyAFixedDraftPublishes() {
        var created = create(DEFINITION.formatted(key).replace("type: yes_no", "type: yes_or_no"));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("publishable", false);
        assertThat(problems(created))
                .extracting(p -> p.get("line") + ":" + p.get("column") + " " + p.get("path"))
                .containsExactly("14:11 questions[1].type");

        var refused = publish(false);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(staff.get("/api/questionnaires/" + key + "/versions/1").code())
                .isEqualTo(404);

        var fixed = save(DEFINITION.formatted(key));
        assertThat(fixed.code()).isEqualTo(200);
        assertThat(fixed.body()).containsEntry("publishable", true);

        var published = publish(false);
        assertThat(published.code()).isEqualTo(201);
        assertThat(published.body()).containsEntry("version", 1);
        assertThat(staff.get("/api/questionnaires/" + key + "/draft").code()).isEqualTo(404);
        assertThat(staff.get("/api/questionnaires/" + key + "/versions/1").code())
                .isEqualTo(200);
    }

    @Test
    void removingAChoiceThatHasAnswersIsRefusedUntilConfirmedAndTheAnswersStay() {
        create(DEFINITION.formatted(key));
        publish(false);
        String slug = key + "-event";
        staff.openCampaign(slug, key, "Event");
        for (String sector : List.of("kela", "kela", "ngo")) {
            var stored =
                    staff.post("/api/campaigns/" + slug + "/responses", Map.of("answers", Map.of("sector", sector)));
            assertThat(stored.code()).as("%s", stored.body()).isEqualTo(201);
        }

        save(DEFINITION
                .formatted(key)
                .replace("      - {value: kela, label: {fi: Kela, sv: FPA}}\n", "")
                .replace("{fi: Järjestö, sv: Organisation}", "{fi: Yhdistys, sv: Förening}"));
        var changes = staff.get("/api/questionnaires/" + key + "/draft/changes");
        assertThat(changes.code()).isEqualTo(200);
        assertThat(changeList(changes.body()))
                .extracting(c -> c.get("change") + " " + c.get("choice") + " " + c.get("answersTouched") + " "
                        + c.get("needsConfirmation"))
                .containsExactlyInAnyOrder("choice_removed kela 2 true", "choice_relabelled ngo 1 false");

        var refused = publish(false);
        assertThat(refused.code()).isEqualTo(409);
        assertThat(latestVersion()).isEqualTo(1);
        assertThat(staff.get("/api/questionnaires/" + key + "/draft").code()).isEqualTo(200);

        var confirmed = publish(true);
        assertThat(confirmed.code()).isEqualTo(201);
        assertThat(confirmed.body()).containsEntry("version", 2);
        // answers are never rewritten: the two "kela" answers still count against the questionnaire
        var history = staff.get("/api/questionnaires/" + key + "/changes?from=1&to=2");
        assertThat(changeList(history.body()))
                .filteredOn(c -> "choice_removed".equals(c.get("change")))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("answersTouched", 2));
    }

    @Test
    void publishingADraftIdenticalToTheLiveVersionStoresNoNewVersion() {
        create(DEFINITION.formatted(key));
        publish(false);
        save(DEFINITION.formatted(key));

        var again = publish(false);

        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).containsEntry("version", 1).containsEntry("created", false);
        assertThat(staff.get("/api/questionnaires/" + key + "/draft").code()).isEqualTo(404);
    }

    @Test
    void aDraftCannotRenameItsQuestionnaireNorCreateOneThatExists() {
        create(DEFINITION.formatted(key));

        var renamed = save(DEFINITION.formatted(key + "-other"));
        assertThat(renamed.code()).isEqualTo(422);
        assertThat(problems(renamed))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("line", 1).containsEntry("path", "key"));

        assertThat(create(DEFINITION.formatted(key)).code()).isEqualTo(409);
        assertThat(create("title: {fi: Ei avainta}\n").code()).isEqualTo(422);
        // a text that does not parse yet is still saved under the questionnaire it is edited for
        var unparsable = save("key: " + key + "\ntitle: {fi: [kesken\n");
        assertThat(unparsable.code()).isEqualTo(200);
        assertThat(unparsable.body()).containsEntry("publishable", false);
    }

    @Test
    void discardingADraftLeavesTheLiveVersion() {
        create(DEFINITION.formatted(key));
        publish(false);
        save(DEFINITION.formatted(key).replace("Sektori", "Toimiala"));

        var discarded = staff.send(HttpRequest.DELETE("/api/questionnaires/" + key + "/draft"));

        assertThat(discarded.code()).isEqualTo(204);
        assertThat(staff.get("/api/questionnaires/" + key + "/draft").code()).isEqualTo(404);
        assertThat(latestVersion()).isEqualTo(1);
    }

    private HttpResponse<Map<String, Object>> create(String yaml) {
        return staff.send(HttpRequest.POST("/api/questionnaires", yaml).contentType(MediaType.TEXT_PLAIN_TYPE));
    }

    private HttpResponse<Map<String, Object>> save(String yaml) {
        return staff.send(
                HttpRequest.PUT("/api/questionnaires/" + key + "/draft", yaml).contentType(MediaType.TEXT_PLAIN_TYPE));
    }

    private HttpResponse<Map<String, Object>> publish(boolean confirm) {
        return staff.post("/api/questionnaires/" + key + "/draft/publish", Map.of("confirm", confirm));
    }

    private int latestVersion() {
        return staff.getList("/api/questionnaires").stream()
                .filter(q -> key.equals(q.get("key")))
                .map(q -> (Integer) q.get("version"))
                .findFirst()
                .orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("problems");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changeList(Map<String, Object> summary) {
        return (List<Map<String, Object>>) summary.get("changes");
    }
}
