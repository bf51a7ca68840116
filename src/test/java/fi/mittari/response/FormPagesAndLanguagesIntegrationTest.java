package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's titles, error summary, language switch and what Back finds after sending, without a browser. */
@MicronautTest(transactional = false)
class FormPagesAndLanguagesIntegrationTest {

    private static final String FIRST_PAGE = "q.new_partners=yes&q.topical_knowledge=yes&q.employment_knowledge=no";
    private static final String COMPLETE = FIRST_PAGE + "&q.region=kainuu&q.organisation_type=kela";

    @Inject
    @Client("/")
    HttpClient client;

    private String slug;

    @BeforeEach
    void openCampaign() {
        // one campaign per test: the MariaDB half may meet the campaigns of an earlier run
        slug = "pages-" + Long.toString(System.nanoTime(), 36);
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(slug, "keko-impact", "Sivut");
    }

    @Test
    void everyPageTitleCarriesItsPlaceAndProblemsComeFirst() {
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + slug);
        assertThat(first.html()).contains("<title>Sivu 1/3 – KeKo-hankkeen vaikuttavuuskysely</title>");

        var refused = walker.send(first, "q.new_partners=yes", "next");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html())
                .contains("<title>Vastauksissa on 2 korjattavaa – Sivu 1/3 – KeKo-hankkeen vaikuttavuuskysely</title>");

        var second = walker.send(refused, FIRST_PAGE, "next");
        assertThat(second.html()).contains("<title>Sivu 2/3 – KeKo-hankkeen vaikuttavuuskysely</title>");
        var third = walker.send(second, COMPLETE, "next");
        assertThat(third.html()).contains("<title>Sivu 3/3 – KeKo-hankkeen vaikuttavuuskysely</title>");
    }

    @Test
    void theErrorSummaryPutsNoColonAfterAQuestionMark() {
        var walker = new FormWalker(client.toBlocking());
        var refused = walker.send(walker.open("/s/" + slug + "?lang=sv"), "", "next");

        assertThat(refused.html())
                .contains(">Hittade du nya samarbetspartner genom KeKo? Svara på den här frågan.</a>")
                .doesNotContain("?:");
    }

    @Test
    void theRequiredMarkFollowsTheLabelWithoutASpaceSoThatItNeverWrapsAlone() {
        var walker = new FormWalker(client.toBlocking());
        String html = walker.open("/s/" + slug + "?lang=sv").html();

        // a space between them is where a phone's line breaks, leaving the * alone under the question
        assertThat(html)
                .contains("genom KeKo?</span><span class=\"required\"><span aria-hidden=\"true\">*</span>"
                        + "<span class=\"visually-hidden\"> (obligatorisk)</span></span>");
    }

    @Test
    void switchingTheLanguageKeepsWhatWasTypedOnThePageWithoutCheckingIt() {
        var walker = new FormWalker(client.toBlocking());
        var finnish = walker.open("/s/" + slug);
        assertThat(finnish.html())
                .contains("<button type=\"submit\" form=\"survey-form\" name=\"language\" value=\"sv\"");

        // the page is not finished (two required answers missing), and nothing says so: the respondent is not done
        var swedish = walker.switchLanguage(finnish, "q.new_partners=yes&q.usefulness=7", "sv");

        assertThat(swedish.status()).isEqualTo(200);
        assertThat(swedish.html())
                .contains("<html lang=\"sv\"")
                .contains("Sida 1 av 3")
                .containsPattern("id=\"q-new_partners-yes\"[^>]*checked")
                .containsPattern("id=\"q-usefulness-7\"[^>]*checked")
                .doesNotContain("error-summary");

        var backInFinnish = walker.switchLanguage(swedish, "q.new_partners=no&q.usefulness=7", "fi");
        assertThat(backInFinnish.html())
                .contains("<html lang=\"fi\"")
                .containsPattern("id=\"q-new_partners-no\"[^>]*checked")
                .containsPattern("id=\"q-usefulness-7\"[^>]*checked");
        var second = walker.send(backInFinnish, FIRST_PAGE, "next");
        assertThat(second.html()).contains("Sivu 2/3");
    }

    @Test
    void backAfterSendingSaysTheAnswersWereSentInsteadOfNotFound() {
        var walker = new FormWalker(client.toBlocking());
        var pages = walker.pagesUpToSend("/s/" + slug, COMPLETE);
        var last = pages.get(pages.size() - 1);
        assertThat(walker.send(last, COMPLETE, "send").html()).contains("Kiitos vastauksestasi!");

        // Back returns to the address the last page was shown at
        var back = walker.open(last.action());
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.html())
                .contains("<title>Kiitos vastauksestasi!</title>")
                .doesNotContain("<form");
        var inSwedish = walker.open(last.action().replace("lang=fi", "lang=sv"));
        assertThat(inSwedish.html()).contains("<title>Tack för ditt svar!</title>");
        assertThat(walker.open("/r/" + "0123456789abcdef0123").status())
                .as("a key never sent is still not found")
                .isEqualTo(404);
    }
}
