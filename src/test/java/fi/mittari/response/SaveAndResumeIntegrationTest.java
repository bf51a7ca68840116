package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Leaving a form and coming back by the resume link; a kiosk that keeps nothing between respondents. */
@MicronautTest(transactional = false)
class SaveAndResumeIntegrationTest {

    private static final String PAGE_ONE = "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=partly";
    private static final String ALL = PAGE_ONE + "&q.region=lappi&q.organisation_type=third_sector";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Test
    void aRespondentLeavesWithTheResumeLinkAndComesBackToTheSamePageInTheSameLanguage() {
        String slug = open("public", Map.of("closesAt", "2099-03-01T10:00:00Z"));
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug + "?lang=sv"), PAGE_ONE, "next");
        assertThat(second.html()).contains("Sida 2 av 3");

        var later = walker.send(second, "q.region=lappi", "later");

        assertThat(later.html())
                .contains("Du kan fortsätta senare")
                .as("the respondent learns how long the saved answers wait, and where the privacy notice is")
                .contains("Dina svar sparas i 30 dagar efter den senaste sparningen")
                .contains("Enkäten stänger 1.3.2099 12.00.")
                .contains("href=\"/privacy/" + slug + "?lang=sv\"")
                .doesNotContain("<form");
        var link = Pattern.compile("href=\"http://localhost:8080(/r/[A-Za-z0-9_-]+)\\?lang=sv\"")
                .matcher(later.html());
        assertThat(link.find()).isTrue();
        var resumed = walker.open(link.group(1));
        assertThat(resumed.html())
                .contains("<html lang=\"sv\"")
                .contains("Sida 2 av 3")
                .containsPattern("id=\"q-region-lappi\"[^>]*checked");
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(slug).orElseThrow().id()))
                .isZero();

        var sent = walker.fill(link.group(1), ALL);
        assertThat(sent.html()).contains("Tack för ditt svar!").contains("href=\"/privacy/" + slug + "?lang=sv\"");
        assertThat(responses.countByCampaignId(
                        campaigns.bySlug(slug).orElseThrow().id()))
                .isEqualTo(1);
        var reopened = walker.open(link.group(1));
        assertThat(reopened.html())
                .as("a sent response cannot be reopened: its link says it was sent")
                .contains("Tack för ditt svar!")
                .doesNotContain("<form");
    }

    @Test
    void aKioskOffersNoResumeLinkCachesNothingAndReturnsToAnEmptyFormForTheNextPerson() {
        String slug = open("kiosk");
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + slug);
        assertThat(first.html()).contains("autocomplete=\"off\"").doesNotContain("value=\"later\"");

        var thanks = walker.fill("/s/" + slug, ALL);

        assertThat(thanks.html())
                .contains("Kiitos vastauksestasi")
                .contains("href=\"/s/" + slug + "?lang=fi\"")
                .contains("Seuraava vastaaja")
                // a timed return would cut short whoever is still reading (WCAG 2.2.1; axe's meta-refresh rule)
                .doesNotContain("http-equiv=\"refresh\"");
        var next = walker.open("/s/" + slug);
        assertThat(next.html()).doesNotContain("checked");
        var stored = responses.findAll().stream()
                .filter(r ->
                        r.campaignId() == campaigns.bySlug(slug).orElseThrow().id())
                .toList();
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo("KIOSK");
            assertThat(r.startedAt()).isNotNull().isBeforeOrEqualTo(r.submittedAt());
        });
    }

    private String open(String mode) {
        return open(mode, Map.of());
    }

    private String open(String mode, Map<String, String> more) {
        String slug = mode + "-" + System.nanoTime();
        var fields = new java.util.HashMap<String, String>(
                Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Resume", "accessMode", mode));
        fields.putAll(more);
        StaffApi.loginAsAdmin(client.toBlocking()).post("/api/campaigns", fields);
        return slug;
    }
}
