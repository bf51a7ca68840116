package fi.mittari.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@MicronautTest(transactional = false)
class AnswerExportIntegrationTest {

    static final String API = "/api/campaigns/" + ExportSample.SLUG + "/answers";

    static final List<String> COLUMNS = List.of(
            "response_id",
            "campaign",
            "version",
            "language",
            "day",
            "status",
            "visit",
            "helps_advice",
            "helps_network",
            "helps_funding",
            "helps_other",
            "event_venue",
            "event_programme",
            "score",
            "hours",
            "started",
            "helps_most_advice",
            "helps_most_network");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    StaffApi admin;

    @BeforeEach
    void sample() {
        admin = StaffApi.loginAsAdmin(client.toBlocking());
        ExportSample.ensure(catalog, jdbc, admin);
    }

    @Test
    void aCsvHasOneRowPerSentResponseAndAColumnPerQuestionItemAndOption() throws IOException {
        var response = admin.download(API + ".csv");
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains("export-sample-answers.csv");
        List<CSVRecord> rows = csv(response.body());
        assertThat(header(response.body())).containsExactlyElementsOf(COLUMNS);
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("complete");
            assertThat(r.get("response_id")).matches("[0-9a-f]{16}");
        });
        Map<String, String> first = rows.get(0).toMap();
        assertThat(first)
                .containsEntry("campaign", ExportSample.SLUG)
                .containsEntry("version", "1")
                .containsEntry("language", "fi")
                .containsEntry("visit", "other")
                .containsEntry("helps_advice", "1")
                .containsEntry("helps_network", "0")
                .containsEntry("helps_funding", "0")
                .containsEntry("helps_other", "1")
                .containsEntry("event_venue", "good")
                .containsEntry("event_programme", "poor")
                .containsEntry("score", "4")
                .containsEntry("hours", "2.5")
                .containsEntry("started", "2026-01-15")
                .containsEntry("helps_most_network", "1")
                .containsEntry("helps_most_advice", "2");
        // a question not answered leaves its options missing, not "not ticked"
        assertThat(rows.get(1).toMap())
                .containsEntry("language", "sv")
                .containsEntry("visit", "again")
                .containsEntry("helps_advice", "")
                .containsEntry("event_venue", "");
        assertThat(rows.get(2).get("day")).isEqualTo(ExportSample.BACK_DATED.toString());
    }

    @Test
    void labelsReplaceCodesInTheChosenLanguageAndAByteOrderMarkIsAddedForExcel() throws IOException {
        byte[] body = admin.download(API + ".csv?values=labels&labelLanguage=en&bom=true")
                .body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        Map<String, String> first = csv(body).get(0).toMap();
        assertThat(first).containsEntry("event_venue", "Good").containsEntry("event_programme", "Poor");
        assertThat(csv(body).get(1).get("visit")).isEqualTo("Again");
        // numbers and dummies stay numbers
        assertThat(first).containsEntry("helps_advice", "1").containsEntry("score", "4");
    }

    @Test
    void personalQuestionsAndOpenTextsAreLeftOutUnlessAnAdministratorAsks() throws IOException {
        assertThat(header(admin.download(API + ".csv").body()))
                .doesNotContain("age_group", "wishes", "visit_other_text", "helps_other_text");
        long before = exportsRecorded();
        byte[] sensitive = admin.download(API + ".csv?sensitive=true").body();
        assertThat(exportsRecorded()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_entry WHERE action = 'export' ORDER BY id DESC LIMIT 1",
                        Map.of(),
                        String.class))
                .contains("personal");
        assertThat(header(sensitive)).contains("age_group", "wishes", "visit_other_text", "helps_other_text");
        assertThat(csv(sensitive).get(0).get("age_group")).isEqualTo("young");

        admin.post(
                "/api/users",
                Map.of("username", "export-analyst", "password", "analyst-long-password", "roles", List.of("ANALYST")));
        StaffApi analyst = StaffApi.login(client.toBlocking(), "export-analyst", "analyst-long-password");
        var refused = analyst.get(API + ".csv?sensitive=true");
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.body()).containsKey("message");
        var allowed = analyst.download(API + ".csv");
        assertThat(allowed.code()).isEqualTo(200);
        assertThat(header(allowed.body())).doesNotContain("age_group", "wishes");
    }

    private long exportsRecorded() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'export'", Map.of(), Long.class);
    }

    @Test
    void formulaLookingAnswersStayTextInCsvAndWorkbook() throws IOException {
        Map<String, String> first =
                csv(admin.download(API + ".csv?sensitive=true").body()).get(0).toMap();
        assertThat(first)
                .containsEntry("visit_other_text", "'=1+2")
                .containsEntry("helps_other_text", "'@SUM(A1)")
                .containsEntry("wishes", "'-lisää kahvia");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                admin.download(API + ".xlsx?sensitive=true").body()))) {
            Sheet answers = workbook.getSheet("answers");
            Map<String, Integer> columns = columns(answers.getRow(0));
            Row row = answers.getRow(1);
            var formula = row.getCell(columns.get("visit_other_text"));
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=1+2");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(columns.get("helps_other_text")).getCellType())
                    .isEqualTo(CellType.STRING);
        }
    }

    @Test
    void aWorkbookHasNumbersAsNumbersAndTheCodebookOnASheetOfItsOwn() throws IOException {
        var response = admin.download(API + ".xlsx");
        assertThat(response.code()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet answers = workbook.getSheet("answers");
            Map<String, Integer> columns = columns(answers.getRow(0));
            assertThat(columns.keySet()).containsExactlyElementsOf(COLUMNS);
            assertThat(answers.getLastRowNum()).isEqualTo(3);
            Row first = answers.getRow(1);
            assertThat(first.getCell(columns.get("score")).getNumericCellValue())
                    .isEqualTo(4.0);
            assertThat(first.getCell(columns.get("hours")).getNumericCellValue())
                    .isEqualTo(2.5);
            assertThat(first.getCell(columns.get("event_venue")).getStringCellValue())
                    .isEqualTo("good");
            // a date is a date cell, as a Finn writes it, while the CSV keeps the ISO text
            var started = first.getCell(columns.get("started"));
            assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(started.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 1, 15));
            assertThat(started.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy");
            Sheet codebook = workbook.getSheet("codebook");
            List<String> lines = new java.util.ArrayList<>();
            codebook.forEach(r -> lines.add(r.getCell(0).getStringCellValue() + "="
                    + (r.getCell(4) == null ? "" : r.getCell(4).getStringCellValue())));
            assertThat(lines)
                    .contains(
                            "visit=first_time",
                            "visit=again",
                            "visit=other",
                            "helps_advice=1",
                            "event_venue=good",
                            "score=");
        }
    }

    @Test
    void theFiltersChooseThePeriodTheLanguageAndUnfinishedResponses() throws IOException {
        assertThat(csv(admin.download(API + ".csv?from=2025-01-01&to=2025-01-31")
                        .body()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("visit")).isEqualTo("first_time"));
        assertThat(csv(admin.download(API + ".csv?from=2025-02-01").body())).hasSize(2);
        assertThat(csv(admin.download(API + ".csv?language=sv").body()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("visit")).isEqualTo("again"));
        List<CSVRecord> withPartial =
                csv(admin.download(API + ".csv?partial=true").body());
        assertThat(withPartial).hasSize(4);
        assertThat(withPartial.get(3).toMap())
                .containsEntry("status", "partial")
                .containsEntry("language", "en")
                .containsEntry("visit", "again")
                .containsEntry("helps_funding", "1")
                .containsEntry("helps_advice", "0")
                .containsEntry("event_venue", "poor");
    }

    @Test
    void spssRAndStataScriptsNameEveryVariableAndValueLabel() throws IOException {
        Map<String, String> spss = zip(admin.download(API + ".zip?format=spss").body());
        assertThat(spss.keySet()).containsExactly("answers.csv", "codebook.csv", "codebook.txt", "answers.sps");
        String sps = spss.get("answers.sps");
        COLUMNS.forEach(c -> assertThat(sps).contains("\n  " + c + " "));
        assertThat(sps)
                .contains("/visit 'Monesko käynti?'")
                .contains("visit 'first_time' 'Ensimmäinen' 'again' 'Taas ''uudestaan''' 'other' 'Muu, mikä?'")
                .contains("/helps_advice 0 'ei valittu' 1 'valittu'")
                .contains("/event_venue 'good' 'Hyvä' 'poor' 'Huono'");
        assertThat(csv(spss.get("answers.csv").getBytes(StandardCharsets.UTF_8)))
                .hasSize(3);

        String r = zip(admin.download(API + ".zip?format=r").body()).get("answers.R");
        COLUMNS.forEach(c -> assertThat(r).contains("attr(answers$" + c + ", \"label\")"));
        assertThat(r)
                .contains(
                        "answers$visit <- factor(answers$visit,\n    levels = c(\"first_time\", \"again\", \"other\")")
                .contains("labels = c(\"Hyvä\", \"Huono\")")
                .contains("answers$score <- as.numeric(answers$score)");

        String stata = zip(admin.download(API + ".zip?format=stata").body()).get("answers.do");
        COLUMNS.forEach(c -> assertThat(stata).contains("label variable " + c + " "));
        assertThat(stata)
                .contains("replace _coded = 1 if visit == `\"first_time\"'")
                .contains("label define visit 1 `\"Ensimmäinen\"' 2 `\"Taas 'uudestaan'\"' 3 `\"Muu, mikä?\"', replace")
                .contains("label define helps_advice 0 `\"ei valittu\"' 1 `\"valittu\"', replace")
                .contains("destring score, replace");
    }

    @Test
    void theCodebookIsHeadedAndWordedInTheRequestersLanguage() throws IOException {
        Map<String, String> finnish =
                zip(admin.download(API + ".zip?format=csv_zip").body());
        assertThat(csv(finnish.get("codebook.csv").getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
        assertThat(finnish.get("codebook.csv"))
                .startsWith("muuttuja,kysymys,selite,tyyppi,arvo,arvon_selite,versiot,puuttuva")
                .contains("response_id,,Vastauksen tunnus")
                .contains("helps_advice,helps,Mikä auttoi?")
                .contains("ei valittu")
                .contains("tyhjä = ei vastattu tai ei kysytty")
                .doesNotContain("not ticked");
        assertThat(finnish.get("codebook.txt")).contains("Tyhjä solu: ").contains("kysytty versioissa 1");

        Map<String, String> swedish =
                zip(admin.download(API + ".zip?format=csv_zip&labelLanguage=sv").body());
        assertThat(swedish.get("codebook.csv"))
                .startsWith("variabel,fråga,etikett,typ,värde,värdeetikett,versioner,saknas")
                .contains("inte vald")
                .contains("Svarets kod");
        assertThat(swedish.get("codebook.txt")).contains("Tom cell: ").contains("ställd i version(er) 1");

        // the API's requester names a language in Accept-Language
        byte[] english = admin.exchange(
                        io.micronaut.http.HttpRequest.GET(API + ".xlsx").header("Accept-Language", "en-GB,en;q=0.8"),
                        io.micronaut.core.type.Argument.of(byte[].class))
                .body();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            Row header = workbook.getSheet("codebook").getRow(0);
            assertThat(columns(header).keySet())
                    .containsExactly(
                            "variable", "question", "label", "type", "value", "value_label", "versions", "missing");
        }
    }

    @Test
    void aQuestionnaireExportTakesItsCampaignsAndRefusesBadParametersByName() throws IOException {
        String path = "/api/questionnaires/" + ExportSample.KEY + "/answers.csv";
        assertThat(csv(admin.download(path + "?campaign=" + ExportSample.SLUG).body()))
                .hasSize(3);
        var unknown = admin.get(path + "?campaign=no-such");
        assertThat(unknown.code()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("field=campaign");
        var badDay = admin.get(path + "?from=1.1.2025&to=2024-01-01");
        assertThat(badDay.code()).isEqualTo(400);
        assertThat(badDay.body().toString()).contains("field=from").contains("notADay");
        assertThat(admin.get("/api/questionnaires/nothing-here/answers.csv").code())
                .isEqualTo(404);
        assertThat(admin.get(API + ".zip?format=xlsx").code()).isEqualTo(400);
    }

    @Test
    void theStaffPageOffersEveryFormatAndDownloadsWithoutJavaScript() throws IOException {
        String page = admin.exchange(
                        io.micronaut.http.HttpRequest.GET("/staff/campaigns/" + ExportSample.SLUG + "/answers"),
                        io.micronaut.core.type.Argument.STRING)
                .body();
        assertThat(page).contains("method=\"get\"").contains("type=\"checkbox\" id=\"x-sensitive\"");
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(page).contains("id=\"x-format-" + format.parameter() + "\"");
        }
        var file =
                admin.download("/staff/campaigns/" + ExportSample.SLUG + "/answers/download?format=csv&values=codes");
        assertThat(file.code()).isEqualTo(200);
        assertThat(csv(file.body())).hasSize(3);
    }

    @Test
    void aRefusedFormComesBackAsFilledInWithItsProblemsLinkedToTheFields() {
        var refused = admin.exchange(
                io.micronaut.http.HttpRequest.GET("/staff/campaigns/" + ExportSample.SLUG
                        + "/answers/download?format=spss&from=huomenna&partial=on"),
                io.micronaut.core.type.Argument.STRING);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("class=\"error-summary\"")
                .contains("href=\"#x-from\"")
                .contains("huomenna")
                .containsPattern("<input type=\"checkbox\" id=\"x-partial\"[^>]*checked");
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        return parsed(body).getRecords();
    }

    private static List<String> header(byte[] body) throws IOException {
        return parsed(body).getHeaderNames();
    }

    /** The whole body is in memory: nothing to close. */
    private static CSVParser parsed(byte[] body) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text(body)));
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<String, String> zip(byte[] body) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }
}
