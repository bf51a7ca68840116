package fi.mittari.questionnaire.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The XLSForm import in a real Chromium, with the file chosen as a staff member chooses it: the form, a refusal (its
 * summary taking the focus, every problem at its cell), the offer to import without what Mittari cannot ask (reached
 * from the summary, one click) and the page of notes after an import, each without WCAG 2.1
 * A/AA violations and without sideways scrolling on a phone (390 px) or a wide screen (1200 px). Screenshots of each
 * go to target/screenshots/xlsform-*.png, to look at.
 */
@MicronautTest(transactional = false)
class XlsFormImportBrowserTest {

    private static final String KEY = "xls-browser";
    private static final Path SHOTS = Path.of("target/screenshots");

    @Inject
    EmbeddedServer server;

    @Inject
    QuestionnaireDrafts drafts;

    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void discard() {
        drafts.discard(KEY);
    }

    @Test
    void importingARefusedThenAFixedWorkbookWorksWithoutViolations() throws Exception {
        Path refused =
                write("refused.xlsx", XlsFormImportPageIntegrationTest.workbook(KEY, "Selaintesti", new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"geopoint", "where", "Missä olet?", ""},
                    {"text", "why", "Miksi?", "pulldata('a', 'b', 'c', 'd') = 1"}
                }));
        Path fixed = write("fixed.xlsx", XlsFormImportPageIntegrationTest.workbook(KEY, "", new String[][] {
            {"type", "name", "label"}, {"select_one yn", "agree", "Samaa mieltä?"}
        }));
        String base = server.getURL().toString();
        try (Browser browser = Browser.start()) {
            login(browser, base);
            browser.open(base + "/staff/questionnaires/from-xlsform");
            assertThat(browser.awaitTitle("Tuo XLSForm-tiedosto")).contains("Kobo");
            check(browser, "form");

            browser.type("#x-file", refused.toAbsolutePath().toString());
            browser.click("#x-import");
            assertThat(browser.awaitSource("survey!D3")).contains("survey!A2").contains("pulldata()");
            assertThat(browser.awaitFocusedId("error-summary")).isEqualTo("error-summary");
            check(browser, "refusal");

            browser.type("#x-file", fixed.toAbsolutePath().toString());
            browser.click("#x-import");
            assertThat(browser.awaitTitle("Lomake tuotu")).contains(KEY);
            check(browser, "imported");
            browser.click("#to-builder");
            browser.awaitUrlEnding("/staff/questionnaires/" + KEY + "/builder");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOfferToLeaveOutWhatMittariCannotAskIsReachedFromTheSummaryAndImportsInOneClick() throws Exception {
        Path unaskable =
                write("unaskable.xlsx", XlsFormImportPageIntegrationTest.workbook(KEY, "Selaintesti", new String[][] {
                    {"type", "name", "label"},
                    {"select_one yn", "agree", "Samaa mieltä?"},
                    {"geopoint", "where", "Missä?"}
                }));
        String base = server.getURL().toString();
        try (Browser browser = Browser.start()) {
            login(browser, base);
            browser.open(base + "/staff/questionnaires/from-xlsform");
            browser.awaitTitle("Tuo XLSForm-tiedosto");

            browser.type("#x-file", unaskable.toAbsolutePath().toString());
            browser.click("#x-import");
            browser.awaitSource("x-import-kept");
            assertThat(browser.awaitFocusedId("error-summary")).isEqualTo("error-summary");
            check(browser, "offer");
            browser.click("a[href='#x-import-kept']");
            assertThat(browser.awaitFocusedId("x-import-kept")).isEqualTo("x-import-kept");
            assertThat(browser.accessibleName("#x-import-kept")).isEqualTo("Tuo ilman näitä kysymyksiä");

            browser.press(Browser.ENTER);
            assertThat(browser.awaitTitle("Lomake tuotu")).contains(KEY);
            assertThat(browser.pageSource()).contains("survey!A3");
        }
        assertThat(problems).isEmpty();
    }

    private static Path write(String name, byte[] workbook) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = Files.createTempFile("xlsform-", "-" + name);
        Files.write(file, workbook);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void login(Browser browser, String base) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", StaffApi.ADMIN);
        browser.type("#password", StaffApi.ADMIN_PASSWORD);
        browser.click("button[type=submit]");
        browser.awaitExactTitle("Etusivu – Mittari");
    }

    private void check(Browser browser, String page) throws IOException, InterruptedException {
        for (int width : List.of(390, 1200)) {
            browser.resize(width, 900);
            browser.awaitViewportWidth(width);
            browser.screenshot(SHOTS.resolve("xlsform-" + page + "-" + width + ".png"));
            browser.overflowingElements().forEach(element -> problems.add(page + " at " + width + " px: " + element));
            for (AxeViolation violation : browser.accessibilityViolations()) {
                problems.add(page + " at " + width + " px: " + violation);
            }
        }
        browser.resize(390, 900);
    }
}
