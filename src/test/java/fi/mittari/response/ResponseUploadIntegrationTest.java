package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.response.persistence.ResponseRow;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ResponseUploadIntegrationTest {

    private static final String KEKO = "upload-keko";
    private static final String COACHING = "upload-coaching";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String KEKO_HEADER =
            "submission,language,new_partners,partner_activities,topical_knowledge,employment_knowledge,usefulness,"
                    + "region,organisation_type,comments\n";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @Inject
    ResponseWriter writer;

    StaffApi staff;

    /** Unique per test run: the MariaDB database keeps rows from earlier runs. */
    String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void openCampaigns() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign(KEKO, "keko-impact", "Paper forms");
        staff.openCampaign(COACHING, "coaching-baseline", "Paper forms");
    }

    @Test
    void csvWhoseRowsAreAllValidIsStoredWithTheImportChannel() {
        long before = count(KEKO);
        String csv = KEKO_HEADER
                + run + "-1,sv,yes,joint_services;trainings_visits,partly,no,9,lappi,company,\"=1+1, \"\"kiitos\"\"\"\n"
                + ",,no,,no,no,,kainuu,kela,\n"
                + ",,unsure,,yes,yes,0,uusimaa,education,\"Kaksi\nriviä\"\n";
        var stored = upload(KEKO, CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.code()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("stored", 3).containsEntry("repeated", 0);
        assertThat(count(KEKO)).isEqualTo(before + 3);
        ResponseRow first = storedResponse(KEKO, run + "-1");
        assertThat(first.channel()).isEqualTo("IMPORT");
        assertThat(first.language()).isEqualTo("sv");
        List<AnswerRow> rows = answers.findByResponseIdOrderById(first.id());
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("partner_activities"))
                .extracting(AnswerRow::choiceValue)
                .containsExactly("joint_services", "trainings_visits");
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("comments"))
                .extracting(AnswerRow::textValue)
                .containsExactly("=1+1, \"kiitos\"");
    }

    @Test
    void csvWithTwoBadRowsStoresNothingAndListsEveryBadRowAndColumn() {
        long before = count(KEKO);
        String csv = KEKO_HEADER
                + ",,no,,no,no,5,kainuu,kela,\n"
                + ",,no,,no,no,11,kainuu,kela,\n"
                + ",,no,,no,no,5,kainuu,kela,\n"
                + ",fr,no,,no,,5,atlantis,kela,\n";
        var refused = upload(KEKO, CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column"))
                .containsExactly("3:usefulness", "5:language", "5:employment_knowledge", "5:region");
        assertThat(errors(refused)).anySatisfy(e -> assertThat(e.get("message")).isEqualTo("must be between 0 and 10"));
        assertThat(refused.body().get("message")).asString().contains("4 problems in 2 rows");
        assertThat(count(KEKO)).isEqualTo(before);
    }

    @Test
    void paperFormsKeepTheDayTheyWereFilledInAndAFutureOrMalformedDayIsRefused() {
        String header = "submission,submitted,new_partners,topical_knowledge,employment_knowledge,region,"
                + "organisation_type\n";
        var refused = upload(
                KEKO,
                CSV,
                (header + run + "-d1,14.5.2019,yes,yes,yes,lappi,kela\n" + run + "-d2,2999-01-01,no,no,no,lappi,kela\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .extracting(e -> e.get("row") + ":" + e.get("column"))
                .containsExactly("2:submitted", "3:submitted");
        assertThat(errors(refused).get(0).get("message")).asString().contains("2019-05-14", "was '14.5.2019'");

        var stored = upload(
                KEKO, CSV, (header + run + "-d3,2019-05-14,yes,yes,yes,lappi,kela\n").getBytes(StandardCharsets.UTF_8));
        assertThat(stored.code()).isEqualTo(201);
        // a day alone is noon in Finland (09:00 UTC in summer), so the day is the same in every report
        assertThat(storedResponse(KEKO, run + "-d3").submittedAt()).isEqualTo("2019-05-14T09:00:00Z");
    }

    @Test
    void semicolonDelimitedCsvWithByteOrderMarkIsRead() {
        long before = count(KEKO);
        String csv = "\uFEFFnew_partners;partner_activities;topical_knowledge;employment_knowledge;region;"
                + "organisation_type\r\n"
                + "yes;\"client_pathways;smaller_networks\";no;no;lappi;kela\r\n";
        var stored = upload(KEKO, CSV + "; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.code()).isEqualTo(201);
        assertThat(stored.body()).containsEntry("stored", 1);
        assertThat(count(KEKO)).isEqualTo(before + 1);
    }

    @Test
    void xlsxWithNumberAndDateCellsIsStoredAsTyped() throws IOException {
        String key = run + "-xlsx";
        byte[] workbook = workbook(
                List.of(
                        "submission",
                        "consent",
                        "participant_code",
                        "start_date",
                        "situation",
                        "situation.other",
                        "months_without_work",
                        "work_ability",
                        "goals",
                        "helps_most.coaching",
                        "helps_most.training"),
                row -> {
                    row.createCell(0).setCellValue(key);
                    row.createCell(1).setCellValue("accepted");
                    row.createCell(2).setCellValue(12345);
                    dateCell(row, 3, LocalDate.of(2025, 3, 14));
                    row.createCell(4).setCellValue("other");
                    row.createCell(5).setCellValue("Omaishoitaja");
                    row.createCell(6).setCellValue(14);
                    row.createCell(7).setCellValue(7);
                    row.createCell(8).setCellValue("education;work_trial");
                    row.createCell(9).setCellValue(1);
                    row.createCell(10).setCellValue(2);
                });
        var stored = upload(COACHING, XLSX, workbook);
        assertThat(stored.code()).as("%s", stored.body()).isEqualTo(201);
        List<AnswerRow> rows =
                answers.findByResponseIdOrderById(storedResponse(COACHING, key).id());
        assertThat(answer(rows, "participant_code").textValue()).isEqualTo("12345");
        assertThat(answer(rows, "start_date").dateValue()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(answer(rows, "months_without_work").numberValue()).isEqualByComparingTo(BigDecimal.valueOf(14));
        assertThat(answer(rows, "situation").textValue()).isEqualTo("Omaishoitaja");
        assertThat(rows)
                .filteredOn(r -> r.questionKey().equals("helps_most"))
                .extracting(AnswerRow::choiceValue)
                .containsExactly("coaching", "training");
    }

    @Test
    void reuploadingTheSameFileWithSubmissionKeysStoresNothingNew() {
        long before = count(KEKO);
        byte[] csv = (KEKO_HEADER
                        + run + "-a,,no,,no,no,,kainuu,kela,\n"
                        + run + "-b,en,yes,joint_services,yes,no,,lappi,kela,\n")
                .getBytes(StandardCharsets.UTF_8);
        var first = upload(KEKO, CSV, csv);
        var again = upload(KEKO, CSV, csv);
        assertThat(first.code()).isEqualTo(201);
        assertThat(first.body()).containsEntry("stored", 2).containsEntry("repeated", 0);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).containsEntry("stored", 0).containsEntry("repeated", 2);
        assertThat(count(KEKO)).isEqualTo(before + 2);
    }

    @Test
    void unknownColumnIsRefusedWithASuggestion() {
        var refused = upload(
                KEKO,
                CSV,
                "new_partners,usefulnes,topical_knowledge,employment_knowledge,region,organisation_type\n"
                        + "no,5,no,no,kainuu,kela\n");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused)).anySatisfy(e -> {
            assertThat(e).containsEntry("row", 1).containsEntry("column", "usefulnes");
            assertThat((String) e.get("message")).contains("did you mean 'usefulness'?");
        });
    }

    @Test
    void formulaCellIsRefusedNamingItsRowAndColumn() throws IOException {
        long before = count(KEKO);
        byte[] workbook = workbook(
                List.of(
                        "new_partners",
                        "topical_knowledge",
                        "employment_knowledge",
                        "region",
                        "organisation_type",
                        "comments"),
                row -> {
                    String[] values = {"no", "no", "no", "kainuu", "kela"};
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                    row.createCell(5).setCellFormula("HYPERLINK(\"http://example.invalid\",\"x\")");
                });
        var refused = upload(KEKO, XLSX, workbook);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused))
                .containsExactly(
                        Map.of("row", 2, "column", "comments", "message", "formulas are not read; paste values"));
        assertThat(count(KEKO)).isEqualTo(before);
    }

    @Test
    void writingThatFailsMidwayLeavesNothingStored() {
        var campaign = campaigns.bySlug(KEKO).orElseThrow();
        long before = count(KEKO);
        String key = run + "-twice";
        var submission = new Submission(
                campaign, fi.mittari.questionnaire.Language.FI, key, Channel.IMPORT, new SubmittedAnswers(Map.of()));
        var first = new ResponseWriter.Validated(
                submission, List.of(new Answer("comments", new AnswerValue.Text("a"))), java.util.Optional.empty());
        // The second row repeats the first's key, so the unique constraint fails after the first row was written.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeAll(
                        List.of(first, new ResponseWriter.Validated(submission, List.of(), java.util.Optional.empty())),
                        campaign.questionnaireVersionId(),
                        java.time.Instant.now()))
                .isInstanceOf(RuntimeException.class);
        assertThat(count(KEKO)).isEqualTo(before);
        assertThat(responses.findByCampaignIdAndSubmissionKey(campaign.id(), key))
                .isEmpty();
    }

    @Test
    void fileOverTenMegabytesIsRefusedAsTooLarge() {
        byte[] big =
                ("comments\n" + "x".repeat(fi.mittari.sheet.ResponseSheet.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        var refused = upload(KEKO, CSV, big);
        assertThat(refused.code()).isEqualTo(413);
        assertThat(refused.body())
                .containsEntry("message", "The request is larger than 10 MB; split the file into smaller ones");
    }

    @Test
    void moreThanFiftyThousandRowsAreRefused() {
        StringBuilder csv = new StringBuilder("new_partners\n");
        csv.append("no\n".repeat(50_001));
        var refused = upload(KEKO, CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("message")).asString().contains("more than 50000 responses");
    }

    private HttpResponse<Map<String, Object>> upload(String slug, String type, String body) {
        return upload(slug, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<Map<String, Object>> upload(String slug, String type, byte[] body) {
        return staff.send(HttpRequest.POST("/api/campaigns/" + slug + "/responses/upload", body)
                .contentType(type));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("errors");
    }

    private long count(String slug) {
        return responses.countByCampaignId(campaigns.bySlug(slug).orElseThrow().id());
    }

    private ResponseRow storedResponse(String slug, String key) {
        return responses
                .findByCampaignIdAndSubmissionKey(
                        campaigns.bySlug(slug).orElseThrow().id(), key)
                .orElseThrow();
    }

    private static AnswerRow answer(List<AnswerRow> rows, String key) {
        return rows.stream()
                .filter(r -> r.questionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static void dateCell(XSSFRow row, int column, LocalDate day) {
        var style = row.getSheet().getWorkbook().createCellStyle();
        style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat("d.m.yyyy"));
        row.createCell(column).setCellValue(day);
        row.getCell(column).setCellStyle(style);
    }

    private static byte[] workbook(List<String> header, java.util.function.Consumer<XSSFRow> fillRow)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Vastaukset");
            XSSFRow first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            fillRow.accept(sheet.createRow(1));
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
