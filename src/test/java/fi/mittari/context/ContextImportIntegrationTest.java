package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ContextImportIntegrationTest {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EVENTS = "code;project;name;starts_on;ends_on;region;event_type;theme\n";
    private static final String PARTICIPATION = "event,sector,region,organisation,participants\n";

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "tuonti");
    }

    @Test
    void aGoodEventFileStoresEveryEvent() {
        var stored = upload(
                "/api/events/import",
                CSV,
                EVENTS
                        + "T-01;tuonti;Verkostopäivä;2026-04-01;2026-04-01;kainuu;network_meeting;Yhteistyö\n"
                        + "T-02;tuonti;Koulutus;2026-05-04;2026-05-05;lappi;training;\n");
        assertThat(stored.code()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("rows", 2);
        assertThat(staff.get("/api/events/T-02").body())
                .containsEntry("startsOn", "2026-05-04")
                .containsEntry("endsOn", "2026-05-05");
    }

    @Test
    void anEventFileMayNameEachEventsRegionalNetwork() {
        var stored = upload(
                "/api/events/import",
                CSV,
                "code;project;name;starts_on;ends_on;region;event_type;theme;network\n"
                        + "N-01;tuonti;Rengas;2026-04-01;2026-04-01;kainuu;network_meeting;;rengas-kainuu\n"
                        + "N-02;tuonti;Koulutus;2026-05-04;2026-05-05;lappi;training;;\n");
        assertThat(stored.code()).isEqualTo(201);
        assertThat(staff.get("/api/events/N-01").body()).containsEntry("network", "rengas-kainuu");
        assertThat(staff.get("/api/events/N-02").body().get("network")).isNull();
    }

    @Test
    void aBadEventFileStoresNothingAndListsEveryRowAndColumn() {
        var refused = upload(
                "/api/events/import",
                CSV,
                EVENTS
                        + "B-01;tuonti;Hyvä;2026-04-01;2026-04-01;kainuu;network_meeting;\n"
                        + "B-02;ei-ole;Huono;1.4.2026;2026-04-01;atlantis;training;\n"
                        + "B-01;tuonti;Toinen kerta;2026-04-01;2026-03-01;lappi;fair;\n");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column"))
                .containsExactlyInAnyOrder("3:project", "3:starts_on", "3:region", "4:ends_on", "4:code");
        assertThat(staff.get("/api/events/B-01").code()).isEqualTo(404);
    }

    @Test
    void aMissingOrMisspeltColumnIsReportedInTheHeaderRow() {
        var refused = upload("/api/participation/import", CSV, "event,sektor,region,participants\nx,kela,lappi,3\n");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column"))
                .containsExactlyInAnyOrder("1:sector", "1:organisation", "1:sektor");
    }

    @Test
    void participationFromAWorkbookReplacesOnlyTheEventsImportedRows() throws IOException {
        ContextFixture.createEvent(staff, "osallistujat", "tuonti");
        staff.send(HttpRequest.PUT(
                "/api/events/osallistujat/participation",
                List.of(Map.of("sector", "kela", "region", "lappi", "participants", 2))));
        byte[] first = workbook(List.of(
                List.of("osallistujat", "third_sector", "lappi", "", 7),
                List.of("osallistujat", "company", "kainuu", "", 3)));
        assertThat(upload("/api/participation/import", XLSX, first).code()).isEqualTo(201);
        byte[] second = workbook(List.of(List.of("osallistujat", "education", "lappi", "", 11)));
        var stored = upload("/api/participation/import", XLSX, second);
        assertThat(stored.code()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("rows", 1).containsEntry("events", 1);
        assertThat(staff.getList("/api/events/osallistujat/participation"))
                .extracting(r -> r.get("source") + " " + r.get("sector") + " " + r.get("participants"))
                .containsExactlyInAnyOrder("COUNTS kela 2", "IMPORT education 11");
    }

    @Test
    void aBadParticipationFileStoresNothing() {
        ContextFixture.createEvent(staff, "ennallaan", "tuonti");
        upload("/api/participation/import", CSV, PARTICIPATION + "ennallaan,kela,lappi,,6\n");
        var refused = upload(
                "/api/participation/import",
                CSV,
                PARTICIPATION + "ennallaan,kela,lappi,,1\n" + "ei-tapahtumaa,kela,lappi,,2\n"
                        + "ennallaan,kela,lappi,Tuntematon Oy,kolme\n");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column"))
                .containsExactlyInAnyOrder("3:event", "4:participants", "4:organisation");
        assertThat(staff.getList("/api/events/ennallaan/participation"))
                .extracting(r -> r.get("participants"))
                .containsExactly(6);
    }

    private HttpResponse<Map<String, Object>> upload(String path, String type, String body) {
        return upload(path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<Map<String, Object>> upload(String path, String type, byte[] body) {
        return staff.send(HttpRequest.POST(path, body).contentType(type));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("errors");
    }

    /** A participation workbook; numbers are numeric cells, as Excel stores typed counts. */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Osallistujat");
            List<String> header = List.of("event", "sector", "region", "organisation", "participants");
            XSSFRow first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
