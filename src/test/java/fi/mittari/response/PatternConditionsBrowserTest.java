package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The form's script evaluates matches(…) as the respondent types, as the server would when the page is sent. */
@MicronautTest(transactional = false)
class PatternConditionsBrowserTest {

    private static final String QUESTIONNAIRE =
            """
            key: pattern-live
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Yhteystiedot}
            questions:
              - key: email
                type: text
                label: {fi: Sähköpostiosoite}
              - key: colleague
                type: text
                label: {fi: "Kuka työtoveri suositteli?"}
                relevant: "matches(email, '@example[.]fi$')"
            """;

    private static final String EMAIL = "[data-key=email] input, [data-key=email] textarea";

    private static final String COLLEAGUE = "[data-key=colleague]";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Test
    void aQuestionShownForAnswersOfAPatternAppearsWhenTheAnswerMatches() throws Exception {
        assertThat(catalog.load("pattern-live.yaml", QUESTIONNAIRE)).isNotInstanceOf(LoadOutcome.Rejected.class);
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign("pattern-live", "pattern-live", "Kuvio");

        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/pattern-live");
            assertThat(browser.style(COLLEAGUE, "display")).isEqualTo("none");

            browser.type(EMAIL, "anna@example.fi");
            assertThat(browser.style(COLLEAGUE, "display")).isEqualTo("block");

            browser.type(EMAIL, ".com");
            assertThat(browser.style(COLLEAGUE, "display"))
                    .as("anchored at the end: no longer a match")
                    .isEqualTo("none");
        }
    }
}
