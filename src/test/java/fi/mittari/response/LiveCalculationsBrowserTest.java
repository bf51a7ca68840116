package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.expression.MomentText;
import fi.mittari.support.Browser;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The form's script shows a calculation in a text as the server shows it when it fills the text itself: its numbers
 * rounded and written as the page's language writes them, every function the server evaluates, and the references in
 * a matrix's item labels too. The server's texts, read without JavaScript, are the yardstick.
 */
@MicronautTest(transactional = false)
class LiveCalculationsBrowserTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Perhe, sv: Familj, en: Family}
            pages:
              - key: family
                title: {fi: Perheesi, sv: Din familj, en: Your family}
                questions:
                  - key: adults
                    type: number
                    label: {fi: Aikuisia, sv: Vuxna, en: Adults}
                  - key: children
                    type: number
                    label: {fi: Lapsia, sv: Barn, en: Children}
                  - key: pets
                    type: multiple_choice
                    label: {fi: Lemmikit, sv: Husdjur, en: Pets}
                    choices:
                      - {value: dog, label: {fi: Koira, sv: Hund, en: Dog}}
                      - {value: cat, label: {fi: Kissa, sv: Katt, en: Cat}}
                  - key: guests
                    type: number
                    label: {fi: Vieraita, sv: Gäster, en: Guests}
                  - key: share
                    type: calculate
                    label: {fi: Osuus, sv: Andel, en: Share}
                    calculation: round(adults / (adults + children) * 100, 2)
                  - key: third
                    type: calculate
                    label: {fi: Kolmannes, sv: Tredjedel, en: Third}
                    calculation: adults / 3
                  - key: numbers
                    type: note
                    label:
                      fi: "Aikuisia ${share} %%, kolmannes ${third}."
                      sv: "Vuxna ${share} %%, en tredjedel ${third}."
                      en: "Adults ${share} %%, a third ${third}."
                  - key: size
                    type: calculate
                    label: {fi: Koko, sv: Storlek, en: Size}
                    calculation: "if(adults + children > 4, 'iso', 'pieni')"
                  - key: summary
                    type: calculate
                    label: {fi: Yhteenveto, sv: Sammanfattning, en: Summary}
                    calculation: "concat('pareja ', int(adults / 2), ', alkaen ', date('2026-12-03'), ' ', time('07:05'))"
                  - key: first_pet
                    type: calculate
                    label: {fi: Ensimmäinen, sv: Första, en: First}
                    calculation: selected_at(pets, 0)
                  - key: stamp
                    type: calculate
                    label: {fi: Hetki, sv: Stund, en: Moment}
                    calculation: now()
                  - key: functions
                    type: note
                    label:
                      fi: "${size}; ${summary}; ${first_pet}; ${stamp}"
                      sv: "${size}; ${summary}; ${first_pet}; ${stamp}"
                      en: "${size}; ${summary}; ${first_pet}; ${stamp}"
                  - key: starts
                    type: calculate
                    label: {fi: Alkaa, sv: Börjar, en: Starts}
                    calculation: time('09:30')
                  - key: rating
                    type: matrix
                    label: {fi: Arvioi, sv: Bedöm, en: Rate}
                    items:
                      - {key: programme, label: {fi: "Ohjelma ${adults} aikuiselle", sv: "Program för ${adults} vuxna", en: "Programme for ${adults} adults"}}
                      - {key: pet_care, label: {fi: "Hoito (${pets})", sv: "Skötsel (${pets})", en: "Care (${pets})"}}
                    choices:
                      - {value: good, label: {fi: Hyvä, sv: Bra, en: Good}}
                      - {value: poor, label: {fi: Huono, sv: Dålig, en: Poor}}
              - key: more
                title: {fi: Lopuksi, sv: Till sist, en: Finally}
                questions:
                  - key: later
                    type: note
                    label:
                      fi: "Alkaa ${starts}, aikuisia ${share} %%."
                      sv: "Börjar ${starts}, vuxna ${share} %%."
                      en: "Starts ${starts}, adults ${share} %%."
                  - key: moment_later
                    type: note
                    label: {fi: "${stamp}", sv: "${stamp}", en: "${stamp}"}
                  - key: again
                    type: matrix
                    label: {fi: Arvioi vielä, sv: Bedöm igen, en: Rate again}
                    items:
                      - {key: food, label: {fi: "Ruoka ${adults} aikuiselle", sv: "Mat för ${adults} vuxna", en: "Food for ${adults} adults"}}
                    choices:
                      - {value: good, label: {fi: Hyvä, sv: Bra, en: Good}}
                      - {value: poor, label: {fi: Huono, sv: Dålig, en: Poor}}
            """;

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theServerWritesNumbersWithTheLanguagesDecimalMarkAndStoresATimeOfDay() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start(Browser.Options.in("fi-FI,fi", false))) {
            browser.open(server.getURL() + "/s/" + slug + "?lang=fi");
            answer(browser);
            browser.type("#q-guests", "kolme"); // refused: the page comes back, its texts filled by the server
            browser.click("button[value=next]");
            browser.awaitSource("error-summary");
            assertThat(browser.text("#q-numbers")).isEqualTo("Aikuisia 28,57 %, kolmannes 0,6667.");
            assertThat(browser.text("#q-functions")).startsWith("iso; pareja 1, alkaen 3.12.2026 7.05; dog; ");
            assertThat(stamp(browser))
                    .as("now() as Finnish writes a date and a time")
                    .isIn(aroundWriting(browser, FINNISH));
            assertThat(browser.text(".matrix-row legend")).isEqualTo("Ohjelma 2 aikuiselle");

            browser.clear("#q-guests");
            browser.click("button[value=next]");
            browser.awaitSource("Sivu 2/2");
            assertThat(browser.text("#q-later")).isEqualTo("Alkaa 9.30, aikuisia 28,57 %.");
            assertThat(browser.text("#q-moment_later"))
                    .as("the value stored when the first page was sent, written in Finnish; not the start of the day")
                    .isIn(aroundWriting(browser, FINNISH));
            assertThat(browser.text(".matrix-row legend")).isEqualTo("Ruoka 2 aikuiselle");
        }
    }

    @Test
    void theScriptWritesNumbersAsTheServerDoesInEachLanguage() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start()) {
            for (String[] language : new String[][] {
                {"fi", "Aikuisia 28,57 %, kolmannes 0,6667."},
                {"sv", "Vuxna 28,57 %, en tredjedel 0,6667."},
                {"en", "Adults 28.57 %, a third 0.6667."}
            }) {
                browser.open(server.getURL() + "/s/" + slug + "?lang=" + language[0]);
                answer(browser);
                assertThat(browser.text("#q-numbers")).as(language[0]).isEqualTo(language[1]);
                assertThat(stamp(browser))
                        .as("now() as %s writes a date and a time", language[0])
                        .isIn(aroundWriting(browser, Locale.forLanguageTag(language[0])));
            }
        }
    }

    @Test
    void theScriptEvaluatesEveryFunctionTheServerDoes() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug + "?lang=fi");
            answer(browser);
            assertThat(browser.text("#q-functions")).startsWith("iso; pareja 1, alkaen 3.12.2026 7.05; dog; ");
            assertThat(stamp(browser)).isIn(aroundWriting(browser, FINNISH));

            browser.clear("#q-children");
            browser.type("#q-children", "1");
            browser.click("#q-pets-dog");
            assertThat(browser.text("#q-functions"))
                    .as("each follows the answers")
                    .startsWith("pieni; pareja 1, alkaen 3.12.2026 7.05; cat; ");
        }
    }

    @Test
    void theScriptFillsTheReferencesInAMatrixsItemLabels() throws Exception {
        String slug = open();
        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug + "?lang=fi");
            browser.type("#q-adults", "3");
            assertThat(browser.text(".matrix-row legend")).isEqualTo("Ohjelma 3 aikuiselle");
            assertThat(browser.focusedId()).as("typing goes on where it was").isEqualTo("q-adults");
            browser.click("#q-pets-cat");
            assertThat(browser.script("return document.querySelectorAll('.matrix-row > legend')[1].textContent.trim()"))
                    .as("a choice by its label, as the server shows it")
                    .isEqualTo("Hoito (Kissa)");
        }
    }

    /** What the note of functions shows for {@code ${stamp}}, a now(): its last part. */
    private static String stamp(Browser browser) throws Exception {
        String functions = browser.text("#q-functions");
        return functions.substring(functions.lastIndexOf("; ") + 2);
    }

    /**
     * now() as the server writes it in the language (MomentText), for the minute the page was written in and those
     * either side: the script's now() moves on from that moment while the page is open, and the server's evaluation
     * may fall in the minute before the writing.
     */
    private static List<String> aroundWriting(Browser browser, Locale locale) throws Exception {
        LocalDateTime written = LocalDateTime.parse(String.valueOf(
                        browser.script("return document.getElementById('survey-form').getAttribute('data-now')")))
                .truncatedTo(ChronoUnit.MINUTES);
        return Stream.of(written.minusMinutes(1), written, written.plusMinutes(1))
                .map(moment -> MomentText.dateTime(moment, locale))
                .toList();
    }

    /** 2 adults of 7 people: 28.571…% rounded to 28.57, and a third of 2 stored as 0.6667. */
    private static void answer(Browser browser) throws Exception {
        browser.type("#q-adults", "2");
        browser.type("#q-children", "5");
        browser.click("#q-pets-cat");
        browser.click("#q-pets-dog");
    }

    private String open() {
        return PublishedQuestionnaire.openForRespondents(
                StaffApi.loginAsAdmin(client.toBlocking()), "live-calculations-", YAML, "Perhe");
    }
}
