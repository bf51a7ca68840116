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
 * The preview (with and without JavaScript), the translations view and the question bank in a real Chromium, used as a
 * staff member would; axe-core finds no WCAG 2.1 A/AA violation on the first screen of each on a phone (390 px) or a
 * wide screen (1200 px). Later screens are only walked: axe on the longest pages is slow on a shared machine.
 */
@MicronautTest(transactional = false)
class DraftingPagesBrowserTest {

    private static final String KEY = "drafting-browser";

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
    void translationsAndBankWorkWithoutViolations() throws Exception {
        String base = draft();
        try (Browser browser = Browser.start()) {
            login(browser, base);
            browser.open(base + "/staff/questionnaires/" + KEY + "/translations");
            assertThat(browser.awaitTitle("Käännökset")).startsWith("Käännökset: " + KEY);
            check(browser, "translations");
            browser.clear("#t-1-en");
            browser.click("main form[method=post] button[type=submit]");
            assertThat(browser.awaitSource("yksi käännös puuttuu")).contains("missing-mark");

            browser.open(base + "/staff/questionnaires/" + KEY + "/bank?q=" + "ty%C3%B6kyky");
            assertThat(browser.awaitTitle("Kysymyspankki")).startsWith("Kysymyspankki: " + KEY);
            check(browser, "question bank");
            browser.click("a[href*='/bank/common-measures/work_ability']");
            assertThat(browser.awaitTitle("Lisää kysymys")).contains("työkykysi");
            browser.click("main form[method=post] button[type=submit]");
            assertThat(browser.awaitSource("tunnuksella work_ability_2")).contains("class=\"notice\"");
        }
        assertThat(problems).isEmpty();
    }

    /** A draft of coaching-followup under {@link #KEY}; the server's address. */
    private String draft() throws IOException {
        String text = Files.readString(Path.of("surveys/coaching-followup.yaml"))
                .replace("\nkey: coaching-followup\n", "\nkey: " + KEY + "\n");
        drafts.create(text, "test");
        return server.getURL().toString();
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
            for (AxeViolation violation : browser.accessibilityViolations()) {
                problems.add(page + " at " + width + " px: " + violation);
            }
        }
        browser.resize(390, 900);
    }
}
