package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.questionnaire.Language;
import fi.mittari.results.CampaignResults;
import fi.mittari.results.QuestionResult;
import fi.mittari.results.ResultRow;
import fi.mittari.support.FormWalker;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Time of day and datetime answers end to end: typed into the form as a Finn writes them or sent over the API in ISO
 * form, both stored as ISO text to the minute, exported as Excel time cells, and counted by hour (in the database)
 * on the results page.
 */
@MicronautTest(transactional = false)
class TimeAnswersIntegrationTest {

    /** A required time from 07:00 and a datetime, in Finnish. */
    static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Käynnit}
            questions:
              - key: arrived
                type: time
                required: true
                min: "07:00"
                label: {fi: "Mihin aikaan saavuit?"}
              - key: started
                type: datetime
                label: {fi: "Milloin tilaisuus alkoi?"}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    CampaignResults results;

    @Inject
    StoredResponses storedResponses;

    @Inject
    Campaigns campaigns;

    @Test
    void answersTypedIntoTheFormAndSentOverTheApiAreStoredExportedAndCountedByHour() throws Exception {
        String slug = "times-" + Long.toString(System.nanoTime(), 36);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        PublishedQuestionnaire.publish(staff, slug, YAML);
        staff.openCampaign(slug, slug, "Käynnit");

        var walker = new FormWalker(client.toBlocking());
        var form = walker.open("/s/" + slug);
        assertThat(form.html())
                .contains("type=\"time\"")
                .contains("type=\"datetime-local\"")
                .contains("Esimerkiksi 9.30")
                .contains("Esimerkiksi 31.1.2025 9.30");

        var refused = walker.send(form, "q.arrived=" + encode("puoli kymmenen"), "send");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Mihin aikaan saavuit?").contains("Anna kellonaika muodossa 9.30.");
        var early = walker.send(form, "q.arrived=6.30", "send");
        // the bound as the hint writes a time, so it can be typed back
        assertThat(early.html()).contains("Anna aikaisintaan 7.00.");

        var thanks = walker.send(form, "q.arrived=9.30&q.started=" + encode("3.12.2026 klo 9.30"), "send");
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.isForm()).isFalse();

        var api = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("arrived", "09:05", "started", "2026-12-04T18:00"), "language", "fi"));
        assertThat(api.code()).as("%s", api.body()).isEqualTo(201);
        var wrong = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("arrived", "09:05", "started", "4.12.2026"), "language", "fi"));
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(String.valueOf(wrong.body())).contains("started").contains("must be a date and time like");

        assertThat(stored(slug, "arrived")).containsExactlyInAnyOrder("09:30", "09:05");
        assertThat(stored(slug, "started")).containsExactlyInAnyOrder("2026-12-03T09:30", "2026-12-04T18:00");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                staff.download("/api/campaigns/" + slug + "/answers.xlsx").body()))) {
            Sheet answers = workbook.getSheet("answers");
            List<String> header = new java.util.ArrayList<>();
            answers.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            int arrived = header.indexOf("arrived");
            int started = header.indexOf("started");
            List<Long> minutesOfDay = new java.util.ArrayList<>(); // a time cell is a fraction of a day
            List<LocalDateTime> moments = new java.util.ArrayList<>();
            for (Row row : answers) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell time = row.getCell(arrived);
                assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
                minutesOfDay.add(Math.round(time.getNumericCellValue() * 24 * 60));
                Cell moment = row.getCell(started);
                assertThat(moment.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(moment.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy hh:mm");
                assertThat(DateUtil.isCellDateFormatted(moment)).isTrue();
                moments.add(moment.getLocalDateTimeCellValue());
            }
            assertThat(minutesOfDay).containsExactlyInAnyOrder(9 * 60 + 30L, 9 * 60 + 5L);
            assertThat(moments)
                    .containsExactlyInAnyOrder(
                            LocalDateTime.of(2026, 12, 3, 9, 30), LocalDateTime.of(2026, 12, 4, 18, 0));
        }

        var shown = results.of(slug, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), false, Language.FI)
                .orElseThrow();
        var byHour = shown.questions().stream()
                .filter(q -> q.key().equals("arrived"))
                .map(QuestionResult.Choices.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(byHour.rows()).extracting(ResultRow::label).containsExactly("09:00–09:59");
        assertThat(byHour.rows().get(0).count()).contains(2L);
        var startedByHour = shown.questions().stream()
                .filter(q -> q.key().equals("started"))
                .map(QuestionResult.Choices.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(startedByHour.rows()).extracting(ResultRow::label).containsExactly("09:00–09:59", "18:00–18:59");
        // counted where the data is: one grouped row per question and hour
        var period = new ResponsePeriod(
                campaigns.bySlug(slug).orElseThrow().id(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        assertThat(storedResponses.hourCounts(period, List.of("arrived", "started")))
                .isEqualTo(Map.of("arrived", Map.of("09", 2L), "started", Map.of("09", 1L, "18", 1L)));
    }

    private List<String> stored(String slug, String key) {
        return jdbc.queryForList(
                "SELECT a.text_value FROM answer a JOIN response r ON r.id = a.response_id JOIN campaign c"
                        + " ON c.id = r.campaign_id WHERE c.slug = :slug AND a.question_key = :key",
                Map.of("slug", slug, "key", key),
                String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
