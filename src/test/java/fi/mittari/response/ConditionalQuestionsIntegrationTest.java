package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A question whose condition depends only on earlier pages is left off its page when the condition is false; one
 * that depends on its own page is always sent, with its condition written for the page's script.
 */
@MicronautTest(transactional = false)
class ConditionalQuestionsIntegrationTest {

    private static final String SLUG = "conditional-test";
    private static final String YAML =
            """
            key: conditional-test
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Ehdot}
            pages:
              - key: first
                title: {fi: Ensin}
                questions:
                  - key: works
                    type: yes_no
                    required: true
                    label: {fi: "Oletko töissä?"}
              - key: second
                title: {fi: Sitten}
                questions:
                  - key: hours
                    type: number
                    required: true
                    relevant: works = 'yes'
                    label: {fi: "Montako tuntia viikossa?"}
                  - key: happy
                    type: single_choice
                    label: {fi: "Viihdytkö?"}
                    choices:
                      - {value: "yes", label: {fi: Kyllä}}
                      - {value: "no", label: {fi: En}}
                  - key: why_not
                    type: text
                    relevant: happy = 'no' and works = 'yes'
                    label: {fi: "Miksi et?"}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    /** The test instance is new for each test; the application context and its database are shared. */
    private static boolean published;

    @BeforeEach
    void publishAndOpen() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        if (!published) {
            published = true;
            var created =
                    staff.send(HttpRequest.POST("/api/questionnaires", YAML).contentType(MediaType.TEXT_PLAIN_TYPE));
            assertThat(created.code()).as(String.valueOf(created.body())).isEqualTo(201);
            var published = staff.post("/api/questionnaires/conditional-test/draft/publish", Map.of("confirm", true));
            assertThat(published.code()).as(String.valueOf(published.body())).isLessThan(300);
        }
        staff.openCampaign(SLUG, "conditional-test", "Ehdot");
    }

    @Test
    void aQuestionSettledFalseByAnEarlierPageIsNotOnThePage() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + SLUG), "q.works=no", "next");

        assertThat(second.html()).contains("Sitten").doesNotContain("q-hours").contains("q-happy");
        var thanks = walker.send(second, "q.happy=yes", "send");
        assertThat(thanks.html()).contains("Kiitos");
    }

    @Test
    void aQuestionShownByAnEarlierPageIsOnThePageAndRequired() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + SLUG), "q.works=yes", "next");

        assertThat(second.html()).contains("q-hours");
        var refused = walker.send(second, "q.happy=yes", "send");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("q-hours");
    }

    @Test
    void aConditionOnTheSamePageIsSentWithItsTreeAndTheEarlierAnswersItNeeds() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + SLUG), "q.works=yes", "next");

        // The page's script reads why_not's condition as a tree, and the answer to works from data-answers.
        assertThat(second.html())
                .contains("data-key=\"why_not\"")
                .contains("data-condition=\"[&quot;op&quot;,&quot;and&quot;,[&quot;op&quot;,&quot;=&quot;,"
                        + "[&quot;ref&quot;,&quot;happy&quot;],[&quot;text&quot;,&quot;no&quot;]]")
                .contains("data-answers=\"{&quot;works&quot;:{&quot;kind&quot;:&quot;text&quot;,"
                        + "&quot;values&quot;:[&quot;yes&quot;]}}\"")
                .contains("<script src=\"/assets/conditions.js\" defer></script>");
    }
}
