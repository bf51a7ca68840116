package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The condition picker in a real (headless) Chromium over the shipped coaching follow-up: with scripts the expression
 * follows the choices and a free expression is checked as it is typed; without scripts the same form makes the same
 * expression on the server, and a refusal links to the field to fix. axe finds nothing at 390 and 1200 px (run in
 * the scripted browser: its asynchronous run does not finish in a browser with page scripts off).
 */
@MicronautTest(transactional = false)
class ExpressionPickerBrowserTest {

    private static final String PAGE =
            "/staff/questionnaires/coaching-followup/builder/expression?question=coaching_helped&field=relevant";

    @Inject
    EmbeddedServer server;

    private void logIn(Browser browser, String base) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", StaffApi.ADMIN);
        browser.type("#password", StaffApi.ADMIN_PASSWORD);
        browser.click("button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }

    private static List<String> violations(Browser browser) throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        browser.accessibilityViolations().forEach(v -> found.add("390 px: " + v));
        browser.resize(1200, 900);
        browser.accessibilityViolations().forEach(v -> found.add("1200 px: " + v));
        browser.resize(390, 900);
        return found;
    }

    @Test
    void withScriptsTheExpressionFollowsThePickersAndAFreeExpressionIsCheckedAsTyped() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        try (Browser browser = Browser.start()) {
            logIn(browser, base);
            assertThat(browser.runsPageScripts()).isTrue();
            browser.open(base + PAGE);
            assertThat(browser.awaitTitle("Ehdon kokeilu")).startsWith("Ehdon kokeilu");
            assertThat(violations(browser)).isEmpty();

            browser.click("#expression-mode-pick");
            browser.click("#expression-subject option[value=employment_status]");
            browser.click("#expression-comparison option[value=in]");
            browser.script(
                    "document.querySelectorAll('#expression-choice optgroup[data-subject=employment_status] option')"
                            + ".forEach(function (o) { o.selected = o.value === 'education' || o.value === 'still_seeking'; });"
                            + "document.querySelector('#expression-choice').dispatchEvent(new Event('change', {bubbles: true}));");
            assertThat(browser.awaitSource("employment_status in ['education', 'still_seeking']"))
                    .contains("<code>employment_status in ['education', 'still_seeking']</code>");
            assertThat(browser.has("#expression-free-field:not([hidden])")).isFalse();
            assertThat(violations(browser)).isEmpty();

            browser.click("#expression-mode-free");
            browser.type("#expression-free", "hours_per_weak > 3");
            assertThat(browser.awaitSource("tarkoititko"))
                    .contains("kysymystä 'hours_per_weak' ei ole kyselyssä (onko se poistettu?). Tarkoititko"
                            + " 'hours_per_week'? (kohta 1)");
            assertThat(violations(browser)).isEmpty();

            browser.clear("#expression-free");
            browser.type("#expression-free", "hours_per_week > 3 and work_ability >= 7");
            assertThat(browser.awaitSource("Lauseke on kunnossa.")).contains("Lauseke on kunnossa.");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("Tallennettava lauseke: hours_per_week"))
                    .contains("Tallennettava lauseke: hours_per_week &gt; 3 and work_ability &gt;= 7");
        }
    }

    @Test
    void withoutScriptsTheSameFormMakesTheExpressionOnTheServerAndARefusalLinksToItsField() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        try (Browser browser = Browser.start(Browser.Options.in("fi", false))) {
            logIn(browser, base);
            assertThat(browser.runsPageScripts()).isFalse();
            browser.open(base + PAGE);
            assertThat(browser.awaitTitle("Ehdon kokeilu")).startsWith("Ehdon kokeilu");

            browser.click("#expression-mode-pick");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary"))
                    .contains("<a href=\"#expression-subject\">Kysymys: valitse kysymys, johon ehto perustuu.</a>");
            assertThat(browser.has("#expression-subject[aria-invalid=true]")).isTrue();

            browser.click("#expression-subject option[value=work_ability]");
            browser.click("#expression-comparison option[value=ge]");
            browser.clear("#expression-number");
            browser.type("#expression-number", "7");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("Tallennettava lauseke: work_ability"))
                    .contains("Tallennettava lauseke: work_ability &gt;= 7");
            assertThat(browser.isSelected("#expression-mode-pick")).isTrue();
            assertThat(browser.valueOf("#expression-number")).isEqualTo("7");
        }
    }
}
