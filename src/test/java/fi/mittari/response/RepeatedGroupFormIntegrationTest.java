package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An XLSForm repeat without a count ("several jobs held after coaching"), imported, published and answered without
 * JavaScript: each instance is a page of its own, the yes/no at its end opens the next, and the answers are stored
 * under the instances' keys.
 */
@MicronautTest(transactional = false)
class RepeatedGroupFormIntegrationTest {

    private static final String KEY = "jobs-after-coaching";
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @Test
    void aRespondentFillsTwoInstancesOfARepeatAndTheAnswersAreStoredUnderTheInstancesKeys() throws IOException {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String slug = "jobs-" + Long.toString(System.nanoTime(), 36);
        publish(staff);
        staff.openCampaign(slug, KEY, "Työpaikat");
        var walker = new FormWalker(client.toBlocking());

        var first = walker.open("/s/" + slug);
        assertThat(first.html()).contains("Työpaikka 1", "Lisätäänkö vielä yksi (Työpaikka)?");
        assertThat(first.html())
                .as("answering yes opens another instance, so the button says Next rather than Send")
                .containsPattern("value=\"next\"\\s*>Seuraava</button>")
                .doesNotContain("value=\"send\"", "Lähetä vastaukset");
        var second = walker.send(first, "q.job_1_employer=Kahvila&q.job_1_months=6&q.job_1_add_another=yes", "next");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html()).contains("Työpaikka 2").doesNotContain("Työpaikka 1<");
        var sent = walker.send(second, "q.job_2_employer=Kirjasto&q.job_2_months=3&q.job_2_add_another=no", "next");

        assertThat(sent.isForm())
                .as("no third instance was asked for, so the form is sent")
                .isFalse();
        Matcher submission = SUBMISSION.matcher(first.html());
        assertThat(submission.find()).isTrue();
        var stored = responses.findBySubmissionKey(submission.group(1));
        assertThat(stored).hasSize(1);
        assertThat(StoredAnswers.of(answers, stored.get(0)))
                .containsExactlyInAnyOrder(
                        "job_1_employer=Kahvila",
                        "job_1_months=6",
                        "job_1_add_another=yes",
                        "job_2_employer=Kirjasto",
                        "job_2_months=3",
                        "job_2_add_another=no");
    }

    private void publish(StaffApi staff) throws IOException {
        Map<String, Object> converted = staff.exchange(
                        HttpRequest.POST("/api/questionnaires/xlsform?name=jobs.xlsx", workbook())
                                .contentType(MediaType.of(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                        Argument.mapOf(String.class, Object.class))
                .body();
        assertThat(converted).as(String.valueOf(converted)).containsEntry("valid", true);
        // the MariaDB half may find the questionnaire published by an earlier run (409, and no draft to publish)
        var created = staff.send(HttpRequest.POST("/api/questionnaires", (String) converted.get("yaml"))
                .contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(created.code()).as(String.valueOf(created.body())).isIn(201, 409);
        if (created.code() == 201) {
            var done = staff.post("/api/questionnaires/" + KEY + "/draft/publish", Map.of("confirm", true));
            assertThat(done.code()).as(String.valueOf(done.body())).isLessThan(300);
        }
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("survey"), new String[][] {
                {"type", "name", "label"},
                {"begin repeat", "job", "Työpaikka"},
                {"text", "employer", "Työnantaja?"},
                {"integer", "months", "Montako kuukautta olit siellä töissä?"},
                {"end repeat", "", ""}
            });
            fill(workbook.createSheet("settings"), new String[][] {{"form_title", "form_id"}, {"Työpaikat", KEY}});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
