package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Paper forms typed into Excel: a time typed as 9:30 (or 9.30 in a Finnish Excel) becomes a time cell, and
 * "3.12.2026 9.30" a date-time cell; both are read as the time and datetime questions' answers, as is the same typed
 * into a text cell. A cell that is no time is refused naming its row and column.
 */
@MicronautTest(transactional = false)
class TimeCellsUploadIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    StaffApi staff;
    String slug = "time-cells-" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void openCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        PublishedQuestionnaire.publish(staff, slug, TimeAnswersIntegrationTest.YAML);
        staff.openCampaign(slug, slug, "Käynnit");
    }

    @Test
    void timeAndDateTimeCellsAndTypedTimesAreStoredAsTheirAnswers() throws IOException {
        byte[] workbook = workbook(sheet -> {
            XSSFRow cells = sheet.createRow(1);
            clock(cells, 0, 9.5 / 24, "h:mm");
            clock(cells, 1, LocalDateTime.of(2026, 12, 3, 9, 30), "d.m.yyyy h:mm");
            XSSFRow finnish = sheet.createRow(2);
            clock(finnish, 0, (18 + 5 / 60.0) / 24, "[$-40B]h.mm;@");
            clock(finnish, 1, LocalDateTime.of(2026, 12, 4, 18, 0), "[$-40B]d.m.yyyy h.mm");
            XSSFRow typed = sheet.createRow(3);
            typed.createCell(0).setCellValue("klo 9.30");
            typed.createCell(1).setCellValue("3.12.2026 9.30");
        });

        var stored = upload(workbook);

        assertThat(stored.code()).as("%s", stored.body()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("stored", 3);
        assertThat(stored("arrived")).containsExactlyInAnyOrder("09:30", "18:05", "09:30");
        assertThat(stored("started"))
                .containsExactlyInAnyOrder("2026-12-03T09:30", "2026-12-04T18:00", "2026-12-03T09:30");
    }

    @Test
    void aTimeCellOutOfBoundsOrACellThatIsNoTimeIsRefusedNamingItsRowAndColumn() throws IOException {
        byte[] workbook = workbook(sheet -> {
            clock(sheet.createRow(1), 0, 6.5 / 24, "h:mm");
            XSSFRow words = sheet.createRow(2);
            words.createCell(0).setCellValue("puoli kymmenen");
            clock(words, 1, LocalDateTime.of(2026, 12, 3, 0, 0), "d.m.yyyy"); // a day without its time
        });

        var refused = upload(workbook);

        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("message"))
                .containsExactly(
                        "2:arrived:must be 07:00 or later",
                        "3:arrived:must be a time of day like 09:30",
                        "3:started:must be a date and time like 2025-01-31T09:30");
        assertThat(stored("arrived")).isEmpty();
    }

    private HttpResponse<Map<String, Object>> upload(byte[] workbook) {
        return staff.send(HttpRequest.POST("/api/campaigns/" + slug + "/responses/upload", workbook)
                .contentType(XLSX));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("errors");
    }

    private List<String> stored(String key) {
        return jdbc.queryForList(
                "SELECT a.text_value FROM answer a JOIN response r ON r.id = a.response_id JOIN campaign c"
                        + " ON c.id = r.campaign_id WHERE c.slug = :slug AND a.question_key = :key",
                Map.of("slug", slug, "key", key),
                String.class);
    }

    private static void clock(XSSFRow row, int column, double fractionOfADay, String format) {
        row.createCell(column).setCellValue(fractionOfADay);
        formatted(row, column, format);
    }

    private static void clock(XSSFRow row, int column, LocalDateTime moment, String format) {
        row.createCell(column).setCellValue(moment);
        formatted(row, column, format);
    }

    private static void formatted(XSSFRow row, int column, String format) {
        var workbook = row.getSheet().getWorkbook();
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        row.getCell(column).setCellStyle(style);
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFSheet> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Vastaukset");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("arrived");
            header.createCell(1).setCellValue("started");
            rows.accept(sheet);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
