package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without JavaScript, the server decides the filters an XLSForm import writes for a repeated choice name and for the
 * choices' labels: it shows only the kept choices when the answers are on an earlier page, and refuses a choice
 * outside the filter when they are on the same one.
 */
@MicronautTest(transactional = false)
class ChoiceFilterReadingsIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void open() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "readings-" + Long.toString(System.nanoTime(), 36);
        ChoiceFilterReadingsFixture.publishAndOpen(staff, slug);
    }

    @Test
    void aRepeatedNameKeptAsOneChoiceIsOfferedUnderEitherParentAndTheLabelFilterReadsTheEnglishLabel() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.state=texas&q.county=king&q.word=Texas", "next");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html())
                .contains("id=\"q-county_again-king\"")
                .contains("id=\"q-county_again-cameron\"")
                .doesNotContain("q-county_again-pierce")
                .contains("id=\"q-by_label_again-texas\"")
                .doesNotContain("q-by_label_again-washington")
                .doesNotContain("data-choice-filter=");
    }

    @Test
    void onTheSamePageTheServerRefusesAChoiceTheFiltersDrop() {
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + slug);

        assertThat(first.html()).contains("data-choice=\"{&quot;label::en&quot;:&quot;Texas&quot;}\"");
        var refused = walker.send(first, "q.state=texas&q.county=pierce&q.word=Texas&q.by_label=washington", "next");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Valitsemasi vaihtoehto ei sovi aiempiin vastauksiisi.");
        var second = walker.send(
                refused, "q.state=washington&q.county=king&q.word=Washington&q.by_label=washington", "next");
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    void theApiKeepsTheSameChoicesAsTheForm() {
        var refused = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("state", "texas", "county", "pierce")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(String.valueOf(refused.body())).contains("'pierce' is not offered");

        var wrongLabel = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("word", "Teksas", "by_label", "texas")));
        assertThat(wrongLabel.code())
                .as("the filter reads the English label, not the Finnish one")
                .isEqualTo(422);

        var stored = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("state", "texas", "county", "king", "word", "Texas", "by_label", "texas")));
        assertThat(stored.code()).as(String.valueOf(stored.body())).isEqualTo(201);
    }
}
