package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The overview's actions with the keyboard alone (Tab, Enter, Space, the arrows in a radio group), scripts on: a question is moved, removed after
 * confirming and added, and after each the focus is where the user goes on from.
 */
@MicronautTest(transactional = false)
class BuilderKeyboardBrowserTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Näppäimistö}
            questions:
              - key: first
                type: yes_no
                label: {fi: Ensimmäinen}
              - key: second
                type: yes_no
                label: {fi: Toinen}
              - key: third
                type: text
                label: {fi: Kolmas}
            """;

    /** More than the overview of three questions has stops, so a missing stop fails rather than loops. */
    private static final int MOST_TABS = 150;

    @Inject
    EmbeddedServer server;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void aQuestionIsMovedRemovedAndAddedWithTheKeyboardAloneAndTheFocusFollows() throws Exception {
        String key = "kb-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        String base = server.getURL().toString();
        try (Browser browser = Browser.start()) {
            QuestionnaireBuilderBrowserTest.logIn(browser, base);
            String overview = base + "/staff/questionnaires/" + key + "/builder";
            browser.open(overview);
            assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne");

            // Move: the focus stays on the question that moved, now last, whose row has no "down" any more.
            tabTo(browser, "#q-0-1-down");
            browser.press(Browser.ENTER);
            awaitFocus(browser, "q-0-2");
            assertThat(draft(key).indexOf("key: second"))
                    .isGreaterThan(draft(key).indexOf("key: third"));

            // Remove with confirmation: Enter on the link, Space on the confirming button.
            tabTo(browser, "#q-0-0 a[href$='/remove']");
            browser.press(Browser.ENTER);
            assertThat(browser.awaitTitle("Poistetaanko")).startsWith("Poistetaanko kysymys first");
            tabTo(browser, "#confirm-remove");
            browser.press(Browser.SPACE);
            assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne");
            assertThat(draft(key)).doesNotContain("key: first");
            // The page starts again from its top: the first stop is the link past the navigation.
            browser.press(Browser.TAB);
            assertThat(focused(browser, "a.skip-link")).isTrue();

            // Add: Tab into the type group, the arrow keys to the type (as in any radio group), the label typed, Enter
            // in
            // the field sends the form.
            tabTo(browser, "input[name=type]:checked");
            for (int i = 0; i < BuilderTypes.ALL.size() && !focused(browser, "#type-number"); i++) {
                browser.press(Browser.ARROW_DOWN);
            }
            assertThat(browser.isSelected("#type-number")).isTrue();
            tabTo(browser, "#add-label");
            for (char c : "Tunnit".toCharArray()) {
                browser.press(String.valueOf(c));
            }
            browser.press(Browser.ENTER);
            assertThat(browser.awaitTitle("Kysymys tunnit")).startsWith("Kysymys tunnit");
            assertThat(draft(key)).contains("key: tunnit").contains("type: number");
        }
    }

    /** Presses Tab until the element matching {@code selector} has the focus. */
    private static void tabTo(Browser browser, String selector) throws IOException, InterruptedException {
        for (int i = 0; i < MOST_TABS; i++) {
            browser.press(Browser.TAB);
            if (focused(browser, selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static boolean focused(Browser browser, String selector) throws IOException, InterruptedException {
        return Boolean.TRUE.equals(browser.script(
                "return document.activeElement !== null && document.activeElement.matches(arguments[0])", selector));
    }

    private static void awaitFocus(Browser browser, String id) throws IOException, InterruptedException {
        assertThat(browser.awaitFocusedId(id)).isEqualTo(id);
    }

    private String draft(String key) {
        return drafts.draft(key).map(Draft::definition).orElseThrow();
    }
}
