package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.BrowserPool;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Respondents who come back, in a real Chromium in Finnish and Swedish, with JavaScript on and off: an invitee who
 * leaves after page 1 and returns by the same link in a new browser (no cookies), and two people at one kiosk tablet.
 * Each flow runs once per language, once with scripts and once without, which covers both at half the browser time.
 */
@MicronautTest(transactional = false)
class ReturningRespondentsBrowserTest {

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

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.close();
    }

    @ParameterizedTest(name = "in {0}, JavaScript {1}")
    @CsvSource({"fi, on", "sv, off"})
    void anInviteeLeavesAfterPageOneAndResumesByTheSameLinkInANewBrowser(String lang, String javascript)
            throws Exception {
        boolean scripts = requireAxeWhen(javascript);
        String slug = campaign("invited", lang, javascript, "invitation");
        long campaignId = campaigns.bySlug(slug).orElseThrow().id();
        String link = server.getURL() + invitationPath(slug);

        try (Browser first = Browser.start(Browser.Options.in(lang, scripts))) {
            first.open(link);
            var form = new RespondentSteps(first, lang, scripts);
            form.onPage(1, 3);
            answerFirstPage(form);
            form.next();
            form.onPage(2, 3);
        }
        assertThat(responses.countByCampaignId(campaignId)).isZero();

        Browser browser = freshBrowser(lang, scripts);
        browser.open(link);
        var form = new RespondentSteps(browser, lang, scripts);
        form.onPage(2, 3);
        form.back();
        form.onPage(1, 3);
        assertThat(form.isChosen("new_partners", "yes"))
                .as("page 1 kept across browsers")
                .isTrue();
        assertThat(form.isChosen("partner_activities", "smaller_networks")).isTrue();
        assertThat(form.isChosen("usefulness", "6")).isTrue();
        form.next();
        form.onPage(2, 3);
        form.choose("region", "kainuu");
        form.choose("organisation_type", "kela");
        form.next();
        form.onPage(3, 3);
        form.send();
        form.seesThanks();
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(1);

        browser.open(link);
        assertThat(browser.awaitTitle("")).isEqualTo(lang.equals("sv") ? "Du har redan svarat" : "Olet jo vastannut");
        form.checkPage("the link once answered");
        browser.open(server.getURL() + "/i/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(browser.title()).isEqualTo(lang.equals("sv") ? "Enkäten hittades inte" : "Kyselyä ei löytynyt");
        form.checkPage("a guessed invitation link");
        assertThat(form.violations()).isEmpty();
    }

    @ParameterizedTest(name = "in {0}, JavaScript {1}")
    @CsvSource({"fi, off", "sv, on"})
    void aKioskReturnsToAnEmptyFormAndKeepsNothingInTheBrowser(String lang, String javascript) throws Exception {
        boolean scripts = requireAxeWhen(javascript);
        String slug = campaign("kiosk", lang, javascript, "kiosk");
        long campaignId = campaigns.bySlug(slug).orElseThrow().id();
        Browser browser = freshBrowser(lang, scripts);
        browser.open(server.getURL() + "/s/" + slug);
        var form = new RespondentSteps(browser, lang, scripts);

        form.onPage(1, 3);
        answerFirstPage(form);
        form.next();
        form.onPage(2, 3);
        form.choose("region", "uusimaa");
        form.choose("organisation_type", "company");
        form.next();
        form.onPage(3, 3);
        form.type("comments", "Ensimmäinen vastaaja");
        form.send();
        form.seesThanks();
        assertThat(browser.cookieNames()).as("cookies left for the next person").isEmpty();

        browser.click("a.button-link");
        form.onPage(1, 3);
        assertThat(browser.url()).endsWith("/s/" + slug + "?lang=" + lang);
        assertThat(form.isChosen("new_partners", "yes"))
                .as("the next person's form is empty")
                .isFalse();
        assertThat(form.isChosen("usefulness", "6")).isFalse();
        assertThat(browser.pageSource()).doesNotContain("checked");
        form.choose("new_partners", "unsure");
        form.choose("topical_knowledge", "no");
        form.choose("employment_knowledge", "no");
        form.next();
        form.onPage(2, 3);
        form.choose("region", "lappi");
        form.choose("organisation_type", "education");
        form.next();
        form.onPage(3, 3);
        assertThat(form.valueOf("comments")).as("the first person's text").isEmpty();
        form.send();
        form.seesThanks();

        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(2);
        assertThat(form.violations()).isEmpty();
    }

    private static void answerFirstPage(RespondentSteps form) throws Exception {
        form.choose("new_partners", "yes");
        form.choose("partner_activities", "smaller_networks");
        form.choose("topical_knowledge", "yes");
        form.choose("employment_knowledge", "partly");
        form.choose("usefulness", "6");
    }

    private static boolean requireAxeWhen(String javascript) {
        boolean scripts = javascript.equals("on");
        if (scripts) {
            Axe.require();
        }
        return scripts;
    }

    private Browser freshBrowser(String lang, boolean scripts) throws Exception {
        Browser browser = BROWSERS.get(Browser.Options.in(lang, scripts));
        browser.open(server.getURL() + "/accessibility");
        browser.deleteCookies();
        return browser;
    }

    private String campaign(String kind, String lang, String javascript, String accessMode) {
        String slug = kind + "-" + lang + "-" + javascript + "-" + Long.toString(System.nanoTime(), 36);
        var created = StaffApi.loginAsAdmin(client.toBlocking())
                .post(
                        "/api/campaigns",
                        Map.of(
                                "slug",
                                slug,
                                "questionnaire",
                                "keko-impact",
                                "title",
                                "Palaava vastaaja",
                                "accessMode",
                                accessMode));
        assertThat(created.code()).as("%s", created.body()).isEqualTo(201);
        return slug;
    }

    private String invitationPath(String slug) {
        var csv = StaffApi.loginAsAdmin(client.toBlocking())
                .exchange(
                        HttpRequest.POST("/api/campaigns/" + slug + "/invitations", Map.of("references", List.of("R1")))
                                .accept("text/csv"),
                        Argument.STRING);
        assertThat(csv.code()).isEqualTo(201);
        String line = csv.body().lines().skip(1).findFirst().orElseThrow();
        return line.substring(line.indexOf("/i/"));
    }
}
