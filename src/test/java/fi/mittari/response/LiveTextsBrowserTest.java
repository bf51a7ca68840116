package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A label, hint or note that shows an answer given on the same page ({@code ${key}}), or a calculation worked out
 * from such answers, follows the answer as the respondent gives it, without moving focus; without JavaScript the
 * server fills it in when it shows the page again.
 */
@MicronautTest(transactional = false)
class LiveTextsBrowserTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Perhe}
            pages:
              - key: family
                title: {fi: Perheesi}
                questions:
                  - key: name
                    type: text
                    label: {fi: "Mikä on nimesi?"}
                  - key: greeting
                    type: note
                    label: {fi: "Hei ${name}!"}
                  - key: pet
                    type: single_choice
                    label: {fi: "Mikä lemmikki sinulla on?"}
                    choices:
                      - {value: dog, label: {fi: Koira}}
                      - {value: cat, label: {fi: Kissa}}
                  - key: pet_name
                    type: text
                    label: {fi: "Lemmikkisi (${pet}) nimi"}
                    hint: {fi: "Kirjoita, mitä ${name} kutsuu sitä."}
                  - key: adults
                    type: number
                    label: {fi: Aikuisia}
                  - key: children
                    type: number
                    label: {fi: Lapsia}
                  - key: people
                    type: calculate
                    label: {fi: Henkiä}
                    calculation: adults + children
                  - key: total
                    type: note
                    label: {fi: "Teitä on ${people}."}
              - key: more
                title: {fi: Lopuksi}
                questions:
                  - key: thanks
                    type: note
                    label: {fi: "Kiitos, ${name}: ${people} henkeä."}
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void textsShowingAnswersFromTheSamePageFollowThemAsTheyAreGiven() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug);
            assertThat(browser.text("#q-greeting")).isEqualTo("Hei !");

            browser.type("#q-name", "Aino");
            assertThat(browser.text("#q-greeting")).isEqualTo("Hei Aino!");
            assertThat(browser.focusedId()).as("typing goes on where it was").isEqualTo("q-name");
            assertThat(browser.text("#q-pet_name-hint")).isEqualTo("Kirjoita, mitä Aino kutsuu sitä.");

            browser.click("#q-pet-cat");
            assertThat(browser.accessibleName("#q-pet_name")).contains("Lemmikkisi (Kissa) nimi");

            browser.type("#q-adults", "2");
            browser.type("#q-children", "3");
            assertThat(browser.text("#q-total")).isEqualTo("Teitä on 5.");
            assertThat(browser.script("return document.getElementById('q-total').getAttribute('aria-live')"))
                    .isEqualTo("polite");
            browser.clear("#q-children");
            assertThat(browser.text("#q-total"))
                    .as("no value without both numbers")
                    .isEqualTo("Teitä on .");
            browser.type("#q-children", "1");

            browser.click("button[value=next]");
            browser.awaitSource("Sivu 2/2");
            assertThat(browser.pageSource()).contains("Kiitos, Aino: 3 henkeä.");
        }
    }

    @Test
    void withoutJavaScriptTheServerFillsTheTextsWhenItShowsThePageAgain() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start(Browser.Options.in("fi-FI,fi", false))) {
            browser.open(server.getURL() + "/s/" + slug);
            browser.type("#q-name", "Aino");
            browser.type("#q-adults", "2");
            browser.type("#q-children", "kolme"); // refused: the page comes back
            assertThat(browser.text("#q-greeting"))
                    .as("nothing runs in the page")
                    .isEqualTo("Hei !");
            browser.click("button[value=next]");
            browser.awaitSource("error-summary");
            assertThat(browser.text("#q-greeting")).isEqualTo("Hei Aino!");
            assertThat(browser.text("#q-total")).isEqualTo("Teitä on .");
        }
    }

    private String open() {
        return PublishedQuestionnaire.openForRespondents(
                StaffApi.loginAsAdmin(client.toBlocking()), "live-texts-", YAML, "Perhe");
    }
}
