package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.BrowserPool;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample questionnaire in surveys/, answered end to end in a real Chromium in Finnish and in Swedish (the
 * browser's own language), with JavaScript on and off: each page in turn, a condition, an error fixed through the error
 * summary, Back, Send; then the thank-you page and the stored answers. axe-core checks every page, error state and
 * thank-you page met (with JavaScript on: Mittari's pages carry no scripts, so they are the same pages without it).
 */
@MicronautTest(transactional = false)
class SampleQuestionnairesBrowserTest {

    private static final BrowserPool BROWSERS = new BrowserPool();

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    /**
     * Every sample in both languages with JavaScript on (axe runs then), and every sample once more with JavaScript off,
     * the languages taking turns: each language is walked without scripts, at half the browser time of all eight.
     */
    static Stream<Arguments> samplesLanguagesAndJavaScript() {
        List<SampleRespondent> samples = SampleRespondent.all();
        Stream<Arguments> withScripts = samples.stream()
                .flatMap(r -> Stream.of("fi", "sv").map(lang -> Arguments.of(r.questionnaire(), lang, "on")));
        Stream<Arguments> withoutScripts = IntStream.range(0, samples.size())
                .mapToObj(i -> Arguments.of(samples.get(i).questionnaire(), i % 2 == 0 ? "fi" : "sv", "off"));
        return Stream.concat(withScripts, withoutScripts);
    }

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.close();
    }

    @ParameterizedTest(name = "{0} in {1}, JavaScript {2}")
    @MethodSource("samplesLanguagesAndJavaScript")
    void aRespondentGoesThroughEveryPageFixesAnErrorAndSends(String questionnaire, String lang, String javascript)
            throws Exception {
        boolean scripts = javascript.equals("on");
        if (scripts) {
            Axe.require();
        }
        SampleRespondent respondent = SampleRespondent.all().stream()
                .filter(r -> r.questionnaire().equals(questionnaire))
                .findFirst()
                .orElseThrow();
        String slug =
                "sample-" + questionnaire + "-" + lang + "-" + javascript + "-" + Long.toString(System.nanoTime(), 36);
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(slug, questionnaire, "Esimerkki " + questionnaire);
        long campaignId = campaigns.bySlug(slug).orElseThrow().id();

        Browser browser = BROWSERS.get(Browser.Options.in(lang, scripts));
        browser.open(server.getURL() + "/accessibility");
        browser.deleteCookies();
        browser.open(server.getURL() + "/s/" + slug);
        var form = new RespondentSteps(browser, lang, scripts);
        assertThat(browser.pageSource()).as("the browser's language decides").contains("lang=\"" + lang + "\"");
        String submissionKey = form.submissionKey();

        respondent.answers(form);
        form.seesThanks();

        var stored = StoredAnswers.response(responses, campaignId, submissionKey);
        assertThat(stored.language()).isEqualTo(lang);
        assertThat(stored.channel()).isEqualTo("WEB");
        assertThat(StoredAnswers.of(answers, stored)).containsExactlyInAnyOrderElementsOf(respondent.stored());
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);
        assertThat(form.violations())
                .as("axe-core " + (scripts ? Axe.version() : ""))
                .isEmpty();
    }
}
