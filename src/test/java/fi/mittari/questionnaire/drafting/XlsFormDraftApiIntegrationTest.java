package fi.mittari.questionnaire.drafting;

import static fi.mittari.questionnaire.drafting.XlsFormImportPageIntegrationTest.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/questionnaires/{key}/draft/xlsform} answers a saved draft with the import's warnings, each at its
 * sheet and cell, as the staff page lists them: a caller who asked to leave out the questions Mittari cannot ask learns
 * which ones were left out, and one whose names had to change learns that too.
 */
@MicronautTest(transactional = false)
class XlsFormDraftApiIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireDrafts drafts;

    private StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @AfterEach
    void discardDrafts() {
        List.of("xls-api-left-out", "xls-api-renamed", "xls-api-clean").forEach(drafts::discard);
    }

    @Test
    void aLeaveOutImportNamesEachLeftOutQuestionAtItsTypeCell() throws IOException {
        byte[] workbook = workbook("xls-api-left-out", "Sijainnit", new String[][] {
            {"type", "name", "label"},
            {"select_one yn", "agree", "Samaa mieltä?"},
            {"geopoint", "where", "Missä olet?"},
            {"image", "photo", "Ota kuva"}
        });

        HttpResponse<Map<String, Object>> saved = put("xls-api-left-out", workbook, "?unaskable=leave-out");

        assertThat(saved.code()).isEqualTo(201);
        assertThat(saved.body()).containsEntry("key", "xls-api-left-out").containsEntry("publishable", true);
        assertThat(warnings(saved))
                .extracting(w -> w.get("sheet") + "!" + w.get("cell"))
                .containsExactly("survey!A3", "survey!A4");
        assertThat(warnings(saved))
                .extracting(w -> (String) w.get("message"))
                .satisfiesExactly(
                        where -> assertThat(where)
                                .startsWith("question 'where' (survey!A3) left out")
                                .contains("geopoint"),
                        photo -> assertThat(photo)
                                .startsWith("question 'photo' (survey!A4) left out")
                                .contains("image"));
        assertThat(drafts.draft("xls-api-left-out"))
                .hasValueSatisfying(draft -> assertThat(draft.definition()).doesNotContain("where"));
    }

    @Test
    void aSavedDraftsAnswerTellsTheNamesTheImportChangedAndTheSettingsItMissed() throws IOException {
        byte[] workbook = workbook(
                "xls-api-renamed", "", new String[][] {{"type", "name", "label"}, {"text", "Why-Not", "Miksi ei?"}});
        assertThat(put("xls-api-renamed", workbook, "").code()).isEqualTo(201);

        HttpResponse<Map<String, Object>> again = put("xls-api-renamed", workbook, "");

        assertThat(again.code()).isEqualTo(200);
        assertThat(warnings(again))
                .extracting(w -> w.get("sheet") + "!" + w.get("cell"))
                .contains("survey!B2", "settings!A2");
        assertThat(warnings(again))
                .extracting(w -> (String) w.get("message"))
                .anySatisfy(message -> assertThat(message).startsWith("name 'Why-Not' became key"))
                .anySatisfy(message -> assertThat(message).startsWith("no form_title"));
    }

    @Test
    void aWorkbookThatMapsCleanlyIsAnsweredWithNoWarnings() throws IOException {
        byte[] workbook = workbook("xls-api-clean", "Palaute", new String[][] {
            {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
        });

        HttpResponse<Map<String, Object>> saved = put("xls-api-clean", workbook, "");

        assertThat(saved.code()).isEqualTo(201);
        assertThat(saved.body()).containsKey("importWarnings");
        assertThat(warnings(saved)).isEmpty();
    }

    private HttpResponse<Map<String, Object>> put(String key, byte[] workbook, String query) {
        return staff.send(HttpRequest.PUT("/api/questionnaires/" + key + "/draft/xlsform" + query, workbook)
                .contentType(MediaType.of(XLSX)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> warnings(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("importWarnings");
    }
}
