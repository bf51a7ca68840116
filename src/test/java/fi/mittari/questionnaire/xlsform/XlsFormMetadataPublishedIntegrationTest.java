package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A form showing its metadata, as pyxform's example forms do, published and shown to a respondent. */
@MicronautTest(transactional = false)
class XlsFormMetadataPublishedIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Test
    void notesShowingMetadataShowWhatTheImportSaysTheyShow() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(workbook.createSheet("survey"), new String[][] {
            {"type", "name", "label::Finnish (fi)"},
            {"today", "today", ""},
            {"deviceid", "deviceid", ""},
            {"start", "start", ""},
            {"note", "today_shown", "Tänään on ${today}"},
            {"note", "device_shown", "Laite: ${deviceid}"},
            {"note", "start_shown", "Aloitettu ${start}"},
            {"text", "comment", "Kommentti"}
        });
        XlsFormWorkbooks.fill(
                workbook.createSheet("settings"),
                new String[][] {{"form_title", "form_id"}, {"Metatiedot", "xlsform-metadata-shown"}});
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());

        HttpResponse<Map<String, Object>> converted = staff.send(
                HttpRequest.POST("/api/questionnaires/xlsform?unaskable=refuse&name=metadata.xlsx", bytes(workbook))
                        .contentType(MediaType.of(XLSX)));
        assertThat(converted.body().get("valid"))
                .as(String.valueOf(converted.body()))
                .isEqualTo(true);
        String yaml = (String) converted.body().get("yaml");
        assertThat(catalog.load("metadata.xlsx", yaml)).isNotInstanceOf(LoadOutcome.Rejected.class);

        String page = staff.exchange(
                        HttpRequest.GET("/staff/questionnaires/xlsform-metadata-shown/preview")
                                .accept(MediaType.TEXT_HTML_TYPE),
                        Argument.of(String.class))
                .body();
        String text = Jsoup.parse(page).text();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // Finnish writes a day as day.month.year without leading zeros
        String finnishDay = today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear();
        assertThat(text).contains("Tänään on " + finnishDay).contains("Laite:").doesNotContain("${");
        // what the import's warning at the start row says: before the response is sent, a page shows the moment it is
        // shown, as Finnish writes a date and a time: 4.12.2026 klo 18.12, the hour without a leading zero
        assertThat(text)
                .containsPattern("Aloitettu " + Pattern.quote(finnishDay) + " klo \\d{1,2}\\.\\d\\d(?!\\d|[.:]\\d)")
                .doesNotContain("Aloitettu " + today + "T");
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }
}
