package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** "Continue later" keeps only what a sent response could hold, and never more than a bounded amount. */
@MicronautTest(transactional = false)
class PartialResponseLimitsIntegrationTest {

    private static final String PAGE_ONE = "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=partly";
    private static final String PAGE_TWO = "q.region=lappi&q.organisation_type=third_sector";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SavingProgress progress;

    @Test
    void aTextOverTheQuestionsMaxLengthIsNotKeptWhenLeavingForLater() {
        var walker = new FormWalker(client.toBlocking());
        var third = walker.send(walker.send(walker.open("/s/" + open()), PAGE_ONE, "next"), PAGE_TWO, "next");
        assertThat(third.html()).contains("Sivu 3/3");

        var later = walker.send(third, "q.comments=" + "x".repeat(2001), "later");

        var saved = saved(later.html());
        assertThat(saved.values()).containsKeys("new_partners", "region").doesNotContainKey("comments");
    }

    @Test
    void aValueThatIsNotAChoiceIsNotKeptButTheOtherAnswersOfThePageAre() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + open()), PAGE_ONE, "next");

        var later = walker.send(second, "q.region=" + "y".repeat(5000) + "&q.organisation_type=company", "later");

        var saved = saved(later.html());
        assertThat(saved.values()).containsKey("organisation_type").doesNotContainKey("region");
    }

    @Test
    void aResponseInProgressNeverGrowsBeyondItsCap() {
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + open());
        String repeated = "&q.partner_activities=joint_services".repeat(8_000);

        var later = walker.send(first, PAGE_ONE + repeated, "later");

        if (later.status() == 413) {
            return; // refused whole, by the cap or by the size of the request
        }
        var saved = saved(later.html());
        long characters = saved.values().values().stream()
                .flatMap(java.util.List::stream)
                .mapToLong(String::length)
                .sum();
        assertThat(characters).isLessThanOrEqualTo(PartialAnswers.MAX_CHARACTERS);
    }

    private SubmittedAnswers saved(String laterPage) {
        var link = Pattern.compile("/r/([A-Za-z0-9_-]+)").matcher(laterPage);
        assertThat(link.find()).as(laterPage).isTrue();
        return progress.find(Optional.empty(), link.group(1)).orElseThrow().answers();
    }

    private String open() {
        String slug = "limits-" + System.nanoTime();
        StaffApi.loginAsAdmin(client.toBlocking())
                .post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Limits"));
        return slug;
    }
}
