package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.BrowserPool;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The designer's preview walked like the form itself: a staff member previews each sample questionnaire in Finnish
 * and in Swedish, with JavaScript on (axe-core on every page met) and off, and goes through the same story a respondent
 * does on the real form — every page with its progress, a condition showing or skipping its question, an error fixed
 * through the summary, Back, Send. The preview then says the answers would be accepted, and nothing is stored.
 */
@MicronautTest(transactional = false)
class PreviewWalkBrowserTest {

    private static final BrowserPool BROWSERS = new BrowserPool();

    @Inject
    EmbeddedServer server;

    @Inject
    ResponseRepository responses;

    /** Each sample once with scripts and once without, the two languages taking turns between the two passes. */
    static Stream<Arguments> samplesLanguagesAndJavaScript() {
        List<SampleRespondent> samples = SampleRespondent.all();
        return IntStream.range(0, samples.size()).boxed().flatMap(i -> {
            String first = i % 2 == 0 ? "fi" : "sv";
            String second = first.equals("fi") ? "sv" : "fi";
            String questionnaire = samples.get(i).questionnaire();
            return Stream.of(Arguments.of(questionnaire, first, "on"), Arguments.of(questionnaire, second, "off"));
        });
    }

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.close();
    }

    @ParameterizedTest(name = "{0} in {1}, JavaScript {2}")
    @MethodSource("samplesLanguagesAndJavaScript")
    void theStaffMemberWalksThePreviewAsARespondentWalksTheForm(String questionnaire, String lang, String javascript)
            throws Exception {
        boolean scripts = javascript.equals("on");
        if (scripts) {
            Axe.require();
        }
        SampleRespondent respondent = SampleRespondent.all().stream()
                .filter(r -> r.questionnaire().equals(questionnaire))
                .findFirst()
                .orElseThrow();
        long storedBefore = responses.count();
        Browser browser = BROWSERS.get(Browser.Options.in(lang, scripts));
        String base = server.getURL().toString();
        logIn(browser, base);
        browser.open(base + "/staff/questionnaires/" + questionnaire + "/preview?lang=" + lang);
        var form = new RespondentSteps(browser, lang, scripts);
        assertThat(browser.pageSource())
                .as("the preview is in the language asked")
                .contains("lang=\"" + lang + "\"");

        respondent.answers(form);

        String accepted = browser.awaitSource("Nämä vastaukset hyväksyttäisiin");
        assertThat(accepted).contains("Mitään ei tallennettu.").doesNotContain("id=\"error-summary\"");
        assertThat(responses.count()).as("the preview stores nothing").isEqualTo(storedBefore);
        assertThat(form.violations())
                .as("axe-core " + (scripts ? Axe.version() : ""))
                .isEmpty();
    }

    private static void logIn(Browser browser, String base) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.deleteCookies();
        browser.open(base + "/login");
        browser.type("#username", StaffApi.ADMIN);
        browser.type("#password", StaffApi.ADMIN_PASSWORD);
        browser.click("button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }
}
