package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The question page of every type the format has, each with its own fields (a Likert scale's point labels, a
 * multiple choice's limits, a matrix's items…), and the overview refusing a key, pass axe-core at 390 and 1200 px.
 * The questions are the shipped samples', copied under keys of their own so that no sample gains a draft.
 */
@MicronautTest(transactional = false)
class EveryBuilderScreenBrowserTest {

    private static final List<String> SAMPLES =
            List.of("keko-impact", "event-feedback", "coaching-baseline", "coaching-followup");

    /** Every type the format has: the test fails if the samples stop covering one. */
    private static final List<String> TYPES = List.of(
            "single_choice",
            "multiple_choice",
            "rating",
            "text",
            "yes_no",
            "number",
            "date",
            "time",
            "datetime",
            "consent",
            "note",
            "likert",
            "matrix",
            "ranking",
            "calculate");

    /** The shipped samples ask every question; a calculation's page is met in this draft. */
    private static final String CALCULATED =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Laskenta}
            questions:
              - key: hours
                type: number
                label: {fi: Tunnit}
              - key: days
                type: calculate
                label: {fi: Päivät}
                calculation: round(hours / 8, 1)
            """;

    /** The samples ask no time of day or datetime, so these two come from a questionnaire of their own. */
    private static final String CLOCK_QUESTIONS =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Ajat, sv: Tider, en: Times}
            questions:
              - key: arrived
                type: time
                min: "07:00"
                label: {fi: Mihin aikaan saavuit, sv: När kom du, en: When did you arrive}
              - key: started
                type: datetime
                label: {fi: Milloin tilaisuus alkoi, sv: När började evenemanget, en: When did the event start}
            """;

    private static final String QUESTION_LINKS =
            """
            return [...document.querySelectorAll("a[href*='/builder/questions/']")]
                .map(a => a.getAttribute('href')).filter(h => /\\/questions\\/\\d+\\/\\d+$/.test(h));
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void everyQuestionTypesPageAndARefusedKeyPassAxeOnAPhoneAndAWideScreen() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> problems = new ArrayList<>();
        Map<String, String> pageOfType = new LinkedHashMap<>();
        try (Browser browser = Browser.start()) {
            QuestionnaireBuilderBrowserTest.logIn(browser, base);
            Map<String, String> drafted = new LinkedHashMap<>();
            for (String sample : SAMPLES) {
                String key = sample + "-screens-" + run;
                drafted.put(
                        key,
                        Files.readString(Path.of("surveys", sample + ".yaml"))
                                .replaceFirst("(?m)^key: " + sample + "$", "key: " + key));
            }
            drafted.put("calculated-screens-" + run, CALCULATED.formatted("calculated-screens-" + run));
            drafted.put("clock-screens-" + run, CLOCK_QUESTIONS.formatted("clock-screens-" + run));
            for (Map.Entry<String, String> draft : drafted.entrySet()) {
                String key = draft.getKey();
                drafts.create(draft.getValue(), "test");
                browser.open(base + "/staff/questionnaires/" + key + "/builder");
                assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne");
                for (Object link : (List<?>) browser.script(QUESTION_LINKS)) {
                    browser.open(base + link);
                    browser.awaitSource("id=\"f-type\"");
                    String type = String.valueOf(browser.script("return document.getElementById('f-type').value;"));
                    if (pageOfType.putIfAbsent(type, base + link) == null) {
                        check(browser, "question page of a " + type + " question", problems);
                    }
                }
            }
            assertThat(pageOfType.keySet()).as("types met in the samples").containsAll(TYPES);

            String key = SAMPLES.get(0) + "-screens-" + run;
            browser.open(base + "/staff/questionnaires/" + key + "/builder");
            browser.click("#type-text");
            browser.type("#add-label", "Uusi kysymys");
            browser.type("#add-key", "Uusi kysymys");
            browser.click("#add-question button[type=submit]");
            assertThat(browser.awaitSource("id=\"add-key-error\"")).contains("aria-invalid");
            check(browser, "overview refusing a key", problems);
        }
        assertThat(problems)
                .as("WCAG 2.1 A/AA violations (axe-core %s)", Axe.version())
                .isEmpty();
    }

    private static void check(Browser browser, String screen, List<String> problems) throws Exception {
        for (int width : List.of(390, 1200)) {
            browser.resize(width, 900);
            browser.accessibilityViolations().forEach(v -> problems.add(screen + " at " + width + " px: " + v));
        }
    }
}
