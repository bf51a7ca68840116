package fi.mittari.questionnaire.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff page that imports an XLSForm workbook: a refusal lists every problem at its cell in Finnish and stores
 * nothing; a workbook that maps becomes a draft and opens in the builder, through a page of warnings when there are
 * any; a key in use is refused on the key field. A workbook refused only for questions Mittari cannot ask is kept for
 * its uploader, an hour at most, and imported without them by one click.
 */
@MicronautTest(transactional = false)
class XlsFormImportPageIntegrationTest {

    private static final String PAGE = "/staff/questionnaires/from-xlsform";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[][] CHOICES = {
        {"list_name", "name", "label"}, {"yn", "yes", "Kyllä"}, {"yn", "no", "Ei"}
    };

    @Inject
    EmbeddedServer server;

    @Inject
    QuestionnaireDrafts drafts;

    @Inject
    KeptWorkbooks kept;

    @Inject
    Clock clock;

    private HttpClient http;
    private StaffApi staff;

    @BeforeEach
    void login() {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
        staff = StaffApi.loginAsAdmin(http.toBlocking());
    }

    @AfterEach
    void discardDrafts() {
        List.of(
                        "xls-page-clean",
                        "xls-page-refused",
                        "xls-page-warned",
                        "xls-page-typed",
                        "xls-page-left-out",
                        "xls-page-one-click",
                        "xls-page-reloaded",
                        "xls-page-api")
                .forEach(drafts::discard);
        http.close();
    }

    @Test
    void aRefusedWorkbookShowsEveryProblemInFinnishAtItsCellAndStoresNothing() throws IOException {
        byte[] workbook = workbook("xls-page-refused", "Sijainnit", new String[][] {
            {"type", "name", "label", "relevant"},
            {"select_one yn", "agree", "Samaa mieltä?", ""},
            {"geopoint", "where", "Missä olet?", ""},
            {"text", "why", "Miksi?", "pulldata('a', 'b', 'c', 'd') = 1"}
        });

        HttpResponse<String> page = upload(workbook, "sijainnit.xlsx", "");

        assertThat(page.code()).isEqualTo(422);
        assertThat(page.body())
                .contains("Lomaketta ei tuotu: 2 kohtaa estävät tuonnin")
                .as("the notation is explained with the first cell listed")
                .contains("survey!A3 on survey-välilehden solu A3.")
                .contains("survey!A3")
                .contains("Mittari ei osaa kysyä tyypin &#39;geopoint&#39; kysymyksiä")
                .contains("survey!D4")
                .contains("funktiolle pulldata() ei ole vastinetta Mittarissa.")
                .doesNotContain("answers are not collected")
                .doesNotContain("cannot be translated")
                .contains("href=\"#workbook-problems\"")
                .contains("href=\"#x-file\"")
                // pulldata() would refuse it still, so leaving out the location is not offered
                .doesNotContain("Tuo ilman näitä kysymyksiä");
        assertThat(drafts.draft("xls-page-refused")).isEmpty();
    }

    @Test
    void aFormRefusedOnlyForQuestionsMittariCannotAskIsImportedWithoutThemInOneClickUnderTheTypedKey()
            throws IOException {
        HttpResponse<String> refused = upload(onlyUnaskable(), "sijainnit.xlsx", "xls-page-one-click", false);

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Lomaketta ei tuotu: 2 kohtaa estävät tuonnin")
                .contains("href=\"#x-import-kept\"")
                .contains("Tiedosto sijainnit.xlsx on tallessa tunnin ajan")
                .contains("action=\"" + PAGE + "/kept\"")
                .contains(">Tuo ilman näitä kysymyksiä</button>")
                .as("the form for a corrected file stays, its choice as it was")
                .contains("id=\"x-file\"")
                .doesNotContainPattern("id=\"x-leave-out\"[^>]*checked");
        assertThat(drafts.draft("xls-page-one-click")).isEmpty();

        HttpResponse<String> imported = importKept(staff, token(refused));

        assertThat(imported.code()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body())
                .contains("Tuotu, 2 huomautusta.")
                .contains("survey!A3")
                .contains(
                        "kysymys &#39;where&#39; jätettiin pois: Mittari ei kerää tyypin &#39;geopoint&#39; vastauksia.")
                .contains("survey!A4")
                .contains("href=\"/staff/questionnaires/xls-page-one-click/builder\"");
        assertThat(drafts.draft("xls-page-one-click")).hasValueSatisfying(draft -> {
            assertThat(draft.definition())
                    .contains("key: xls-page-one-click")
                    .contains("agree")
                    .doesNotContain("where")
                    .doesNotContain("photo");
            assertThat(draft.publishable()).isTrue();
        });
    }

    @Test
    void aKeptWorkbookIsImportedOnceAndItsTokenThenGetsTheFormWithAMessage() throws IOException {
        String token = token(upload(onlyUnaskable(), "sijainnit.xlsx", "", false));
        assertThat(importKept(staff, token).code()).isEqualTo(200);
        var saved = drafts.draft("xls-page-left-out").orElseThrow();

        HttpResponse<String> again = importKept(staff, token);

        assertNotKept(again);
        assertThat(drafts.draft("xls-page-left-out"))
                .hasValueSatisfying(draft -> assertThat(draft.updatedAt()).isEqualTo(saved.updatedAt()));
    }

    @Test
    void anotherPersonsTokenGetsTheEmptyFormAndLeavesTheWorkbookToItsUploader() throws IOException {
        String token = token(upload(onlyUnaskable(), "sijainnit.xlsx", "", false));
        StaffApi designer = ContextFixture.loginAs(http.toBlocking(), staff, Roles.DESIGNER);

        HttpResponse<String> theirs = importKept(designer, token);

        assertNotKept(theirs);
        assertThat(theirs.body()).doesNotContain("sijainnit.xlsx").doesNotContain("survey!A3");
        assertThat(drafts.draft("xls-page-left-out")).isEmpty();
        assertThat(importKept(staff, token).code()).isEqualTo(200);
        assertThat(drafts.draft("xls-page-left-out")).isPresent();
    }

    @Test
    void aWorkbookKeptOverAnHourIsNotImportedAndTheNextImportDeletesIt() throws IOException {
        Instant now = clock.instant();
        Instant overAnHourAgo = now.minus(RefusedWorkbooks.KEPT).minusSeconds(1);
        kept.keep(
                "expired-admin",
                "admin",
                new KeptWorkbooks.Kept("old.xlsx", Optional.empty(), onlyUnaskable(), overAnHourAgo));
        kept.keep(
                "expired-other",
                "someone",
                new KeptWorkbooks.Kept("old.xlsx", Optional.empty(), new byte[] {1}, overAnHourAgo));
        kept.keep("fresh-other", "someone", new KeptWorkbooks.Kept("new.xlsx", Optional.empty(), new byte[] {1}, now));

        assertNotKept(importKept(staff, "expired-admin"));
        assertThat(drafts.draft("xls-page-left-out")).isEmpty();

        upload(
                workbook("xls-page-clean", "Palaute", new String[][] {
                    {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
                }),
                "palaute.xlsx",
                "");
        assertThat(kept.find("expired-other", "someone")).isEmpty();
        assertThat(kept.find("fresh-other", "someone")).isPresent();
        kept.forget("fresh-other", "someone");
    }

    @Test
    void workbooksOfTheLargestSizeReadAreKeptWholeWhetherTheyCompressOrNot() {
        // the upload limit, not the database's packet size, bounds a kept workbook: an .xls is mostly zero bytes,
        // which the driver escapes; an .xlsx is already compressed
        byte[] zeros = new byte[XlsFormDrafts.MAX_WORKBOOK_BYTES];
        zeros[zeros.length - 1] = 7;
        byte[] noise = new byte[XlsFormDrafts.MAX_WORKBOOK_BYTES];
        new Random(62).nextBytes(noise);

        for (byte[] largest : List.of(zeros, noise)) {
            kept.keep(
                    "largest",
                    "someone",
                    new KeptWorkbooks.Kept("large.xls", Optional.empty(), largest, clock.instant()));

            assertThat(kept.find("largest", "someone")).hasValueSatisfying(workbook -> assertThat(workbook.workbook())
                    .isEqualTo(largest));
            assertThat(kept.forget("largest", "someone")).isTrue();
        }
    }

    @Test
    void aLaterUploadFromTheFormForgetsTheWorkbookKeptForTheEarlierOne() throws IOException {
        String token = token(upload(onlyUnaskable(), "sijainnit.xlsx", "", false));

        assertThat(upload(withTwoNotes("xls-page-warned"), "palaute.xlsx", "").code())
                .isEqualTo(200);

        assertNotKept(importKept(staff, token));
        assertThat(drafts.draft("xls-page-left-out")).isEmpty();
    }

    @Test
    void aCellThatStillRefersToALeftOutQuestionIsRefusedInFinnishWithBothReasons() throws IOException {
        byte[] workbook = workbook("xls-page-left-out", "Sijainnit", new String[][] {
            {"type", "name", "label", "relevant"},
            {"geopoint", "where", "Missä olet?", ""},
            {"text", "why", "Miksi siellä?", "${where} != ''"}
        });

        HttpResponse<String> refused = upload(workbook, "sijainnit.xlsx", "", true);

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("survey!D3")
                .contains("solu viittaa riviin &#39;where&#39;, joka jätettiin pois: ilman sitä vastausta ei voi"
                        + " päätellä, kysytäänkö tämä.")
                .contains("Rivi jätettiin pois, koska Mittari ei kerää tyypin &#39;geopoint&#39; vastauksia.")
                .doesNotContain("which is left out");
        assertThat(drafts.draft("xls-page-left-out")).isEmpty();
    }

    @Test
    void aWorkbookThatMapsCleanlyBecomesADraftAndOpensInTheBuilder() throws IOException {
        byte[] workbook = workbook("xls-page-clean", "Palaute", new String[][] {
            {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
        });

        HttpResponse<String> response = upload(workbook, "palaute.xlsx", "");

        assertThat(response.code()).as(response.body()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/staff/questionnaires/xls-page-clean/builder?saved");
        assertThat(drafts.draft("xls-page-clean")).hasValueSatisfying(draft -> {
            assertThat(draft.publishable()).isTrue();
            assertThat(draft.definition()).contains("agree").contains("Samaa mieltä?");
        });
    }

    @Test
    void anImportThatChangedSomethingListsItsWarningsWithTheirCellsBeforeTheBuilder() throws IOException {
        byte[] workbook = withTwoNotes("xls-page-warned");

        HttpResponse<String> page = upload(workbook, "palaute.xlsx", "");

        assertThat(page.code()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tuotu, 2 huomautusta.")
                .contains("settings!A2")
                .contains("lomakkeella ei ole nimeä (form_title)")
                .contains("survey!D2")
                .contains("href=\"/staff/questionnaires/xls-page-warned/builder\"");
        assertThat(drafts.draft("xls-page-warned")).isPresent();
    }

    @Test
    void reloadingThePageOfNotesPostsTheSameImportAgainAndShowsTheNotesAgainWithoutChangingTheDraft()
            throws IOException {
        byte[] workbook = withTwoNotes("xls-page-reloaded");
        HttpResponse<String> first = upload(workbook, "palaute.xlsx", "");
        assertThat(first.code()).as(first.body()).isEqualTo(200);
        var saved = drafts.draft("xls-page-reloaded").orElseThrow();

        // what the browser sends when the page is reloaded: the same form, the same file
        HttpResponse<String> reloaded = upload(workbook, "palaute.xlsx", "");

        assertThat(reloaded.code()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.body())
                .contains("Tuotu, 2 huomautusta.")
                .contains("settings!A2")
                .contains("survey!D2")
                .doesNotContain("on jo toisen kyselyn käytössä");
        assertThat(drafts.draft("xls-page-reloaded"))
                .hasValueSatisfying(draft -> assertThat(draft.updatedAt()).isEqualTo(saved.updatedAt()));
    }

    @Test
    void anotherWorkbookOrAnEditedDraftUnderTheSameKeyIsStillRefusedAsTaken() throws IOException {
        byte[] workbook = withTwoNotes("xls-page-reloaded");
        byte[] another = workbook("xls-page-reloaded", "", new String[][] {
            {"type", "name", "label", "appearance"}, {"text", "why", "Miksi ei?", "multiline numbers"}
        });
        assertThat(upload(workbook, "palaute.xlsx", "").code()).isEqualTo(200);

        assertThat(upload(another, "palaute.xlsx", "").code()).isEqualTo(422);

        String edited =
                drafts.draft("xls-page-reloaded").orElseThrow().definition().replace("Miksi?", "Miksi näin?");
        drafts.save("xls-page-reloaded", edited, "admin");
        HttpResponse<String> again = upload(workbook, "palaute.xlsx", "");
        assertThat(again.code()).isEqualTo(422);
        assertThat(again.body()).contains("Tunnus xls-page-reloaded on jo toisen kyselyn käytössä");
        assertThat(drafts.draft("xls-page-reloaded").orElseThrow().definition()).contains("Miksi näin?");
    }

    @Test
    void aKeyInUseIsRefusedOnTheKeyFieldAndATypedKeyWinsOverTheFormId() throws IOException {
        byte[] workbook = workbook("xls-page-clean", "Palaute", new String[][] {
            {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
        });
        byte[] anotherForm = workbook("xls-page-clean", "Toinen palaute", new String[][] {
            {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
        });
        assertThat(upload(workbook, "palaute.xlsx", "").code()).isEqualTo(303);

        // another form under the same form_id (the same one again is a reload, shown as imported)
        HttpResponse<String> again = upload(anotherForm, "palaute.xlsx", "");

        assertThat(again.code()).isEqualTo(422);
        assertThat(again.body())
                .contains("Tunnus xls-page-clean on jo toisen kyselyn käytössä")
                .contains("href=\"#x-key\"")
                .contains("aria-invalid=\"true\"");

        HttpResponse<String> typed = upload(workbook, "palaute.xlsx", "xls-page-typed");

        assertThat(typed.code()).as(typed.body()).isEqualTo(303);
        assertThat(drafts.draft("xls-page-typed"))
                .hasValueSatisfying(draft -> assertThat(draft.definition()).contains("key: xls-page-typed"));
    }

    @Test
    void theApiSavesADraftFromAWorkbookOrRefusesItWithEveryProblemAsBefore() throws IOException {
        byte[] refused = workbook(
                "xls-page-api", "Api", new String[][] {{"type", "name", "label"}, {"geopoint", "where", "Missä?"}});
        byte[] clean = workbook(
                "xls-page-api", "Api", new String[][] {{"type", "name", "label"}, {"select_one yn", "agree", "Ok?"}});

        HttpResponse<java.util.Map<String, Object>> refusal =
                staff.send(HttpRequest.PUT("/api/questionnaires/xls-page-api/draft/xlsform", refused)
                        .contentType(MediaType.of(XLSX)));
        HttpResponse<java.util.Map<String, Object>> saved =
                staff.send(HttpRequest.PUT("/api/questionnaires/xls-page-api/draft/xlsform", clean)
                        .contentType(MediaType.of(XLSX)));

        assertThat(refusal.code()).isEqualTo(422);
        assertThat(refusal.body().toString()).contains("survey!A2").contains("geopoint answers are not collected");
        assertThat(saved.code()).isEqualTo(201);
        assertThat(drafts.draft("xls-page-api")).isPresent();
    }

    @Test
    void noFileChosenIsRefusedOnTheFileField() {
        MultipartBody body = MultipartBody.builder().addPart("key", "").build();

        HttpResponse<String> page = staff.exchange(
                HttpRequest.POST(PAGE, body)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE),
                Argument.STRING);

        assertThat(page.code()).isEqualTo(422);
        assertThat(page.body()).contains("Valitse tuotava XLSForm-tiedosto.").contains("href=\"#x-file\"");
    }

    @Test
    void theFormIsOfferedFromTheQuestionnaireListAndTheBuildersStartPage() {
        for (String path : List.of("/staff/questionnaires", "/staff/questionnaires/new-empty")) {
            String page = staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.STRING)
                    .body();
            assertThat(page).as(path).contains("href=\"" + PAGE + "\"").contains("Tuo XLSForm-tiedosto (Kobo, ODK)");
        }
        String form = staff.exchange(HttpRequest.GET(PAGE).accept(MediaType.TEXT_HTML_TYPE), Argument.STRING)
                .body();
        assertThat(form)
                .contains("enctype=\"multipart/form-data\"")
                .contains("<label for=\"x-file\"")
                .contains("<label for=\"x-key\"");
    }

    private HttpResponse<String> upload(byte[] workbook, String fileName, String key) {
        return upload(workbook, fileName, key, false);
    }

    private HttpResponse<String> upload(byte[] workbook, String fileName, String key, boolean leaveOut) {
        var parts = MultipartBody.builder()
                .addPart("file", fileName, MediaType.of(XLSX), workbook)
                .addPart("key", key);
        MultipartBody body = leaveOut ? parts.addPart("leaveOut", "1").build() : parts.build();
        return staff.exchange(
                HttpRequest.POST(PAGE, body)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE),
                Argument.STRING);
    }

    private HttpResponse<String> importKept(StaffApi who, String token) {
        return who.exchange(
                HttpRequest.POST(PAGE + "/kept", Map.of("token", token))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE),
                Argument.STRING);
    }

    /** The token of the workbook kept for the offer, from its form's hidden field. */
    private static String token(HttpResponse<String> refused) {
        Matcher hidden = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(refused.body());
        assertThat(hidden.find()).as(refused.body()).isTrue();
        return hidden.group(1);
    }

    /** The empty form, with the one message that the workbook is no longer kept, at the file field. */
    private static void assertNotKept(HttpResponse<String> page) {
        assertThat(page.code()).isEqualTo(422);
        assertThat(page.body())
                .contains("Hylättyä tiedostoa ei ole enää tallessa")
                .contains("href=\"#x-file\"")
                .doesNotContain("Tuotu,")
                .doesNotContain("name=\"token\"");
    }

    /** A workbook refused only for a location and a photo, which Mittari cannot ask (form_id xls-page-left-out). */
    private static byte[] onlyUnaskable() throws IOException {
        return workbook("xls-page-left-out", "Sijainnit", new String[][] {
            {"type", "name", "label"},
            {"select_one yn", "agree", "Samaa mieltä?"},
            {"geopoint", "where", "Missä olet?"},
            {"image", "photo", "Ota kuva"}
        });
    }

    /** A workbook whose import notes two things: it has no form_title, and an appearance Mittari ignores (survey!D2). */
    private static byte[] withTwoNotes(String formId) throws IOException {
        return workbook(formId, "", new String[][] {
            {"type", "name", "label", "appearance"}, {"text", "why", "Miksi?", "multiline numbers"}
        });
    }

    /** A workbook as a form author writes it: survey, the yes/no choices, and settings with this id and title. */
    static byte[] workbook(String formId, String title, String[][] survey) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("survey"), survey);
            fill(workbook.createSheet("choices"), CHOICES);
            fill(workbook.createSheet("settings"), new String[][] {{"form_title", "form_id"}, {title, formId}});
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
