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
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class XlsFormApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void exportsAStoredQuestionnaireAndConvertsItBackToTheSameYamlModel() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        byte[] workbook =
                staff.download("/api/questionnaires/coaching-followup/xlsform").body();
        try (var xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(xlsx.getSheet("survey")).isNotNull();
            assertThat(xlsx.getSheet("choices")).isNotNull();
            assertThat(xlsx.getSheet("settings").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("coaching-followup");
        }

        Map<String, Object> conversion = staff.exchange(
                        HttpRequest.POST("/api/questionnaires/xlsform?name=followup.xlsx", workbook)
                                .contentType(MediaType.of(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                        Argument.mapOf(String.class, Object.class))
                .body();
        assertThat(conversion).containsEntry("valid", true);
        // an empty list of problems may be left out of the JSON altogether
        assertThat((java.util.List<?>) conversion.getOrDefault("problems", java.util.List.of()))
                .isEmpty();
        var back = new QuestionnaireYamlReader().read("back.yaml", (String) conversion.get("yaml"));
        assertThat(back).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(((DefinitionResult.Accepted) back).questionnaire().question("hours_per_week"))
                .isPresent();
    }

    @Test
    void anUnknownQuestionnaireIs404() {
        assertThat(StaffApi.loginAsAdmin(client.toBlocking())
                        .get("/api/questionnaires/coaching-followup/xlsform?version=99")
                        .code())
                .isEqualTo(404);
        assertThat(StaffApi.loginAsAdmin(client.toBlocking())
                        .download("/api/questionnaires/coaching-followup/xlsform?version=1")
                        .header("Content-Disposition"))
                .contains("coaching-followup-v1.xlsx");
        var response = StaffApi.loginAsAdmin(client.toBlocking()).get("/api/questionnaires/nope/xlsform");
        assertThat(response.code()).isEqualTo(404);
    }
}
