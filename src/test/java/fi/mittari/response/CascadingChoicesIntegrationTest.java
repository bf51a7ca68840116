package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
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
 * Without JavaScript: a choice filter over an earlier page's answer offers only the kept choices, a choice outside it is
 * refused with a message, and a label shows the earlier answer as text.
 */
@MicronautTest(transactional = false)
class CascadingChoicesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AnswerRepository answers;

    private StaffApi staff;
    private String slug;

    @BeforeEach
    void open() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        // one campaign per test: the MariaDB half may meet the campaigns of an earlier run
        slug = "cascade-" + Long.toString(System.nanoTime(), 36);
        CascadingChoicesFixture.publishAndOpen(staff, slug);
    }

    @Test
    void theSecondPageOffersOnlyTheMunicipalitiesOfTheRegionChosenFirst() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.region=pirkanmaa&q.name=Aino", "next");

        assertThat(second.html())
                .contains("id=\"q-municipality-tampere\"")
                .doesNotContain("q-municipality-helsinki")
                .doesNotContain("q-municipality-espoo")
                .doesNotContain("data-choice-filter=");
    }

    @Test
    void aMunicipalityOutsideTheRegionIsRefusedWithAMessage() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.region=pirkanmaa", "next");

        var refused = walker.send(second, "q.municipality=helsinki", "next");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Valitsemasi vaihtoehto ei sovi aiempiin vastauksiisi.");
        var third = walker.send(refused, "q.municipality=tampere", "next");
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.html()).contains("Mökki");
    }

    @Test
    void theApiRefusesAChoiceOutsideTheFilterNamingIt() {
        var refused = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("region", "uusimaa", "municipality", "tampere")));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(String.valueOf(refused.body())).contains("municipality").contains("'tampere' is not offered");

        var stored = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of("answers", Map.of("region", "uusimaa", "municipality", "espoo")));
        assertThat(stored.code()).as(String.valueOf(stored.body())).isEqualTo(201);
        long id = ((Number) stored.body().get("id")).longValue();
        assertThat(answers.findByResponseIdOrderById(id))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue)
                .contains(org.assertj.core.groups.Tuple.tuple("municipality", "espoo"));
    }

    @Test
    void aLabelShowsTheEarlierAnswerAsTextNeverAsMarkup() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.region=uusimaa&q.name=%3Cb%3Ex%3C%2Fb%3E", "next");

        assertThat(second.html())
                .contains("Missä kunnassa (Uusimaa) asut, &lt;b&gt;x&lt;/b&gt;?")
                .contains("Kysymme tätä, &lt;b&gt;x&lt;/b&gt;, koska kunnat eroavat.")
                .doesNotContain("<b>x</b>");
    }

    @Test
    void aLabelReferringToAnUnansweredQuestionShowsNothingInItsPlace() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.region=uusimaa", "next");

        assertThat(second.html()).contains("Missä kunnassa (Uusimaa) asut, ?").doesNotContain("${name}");
    }

    @Test
    void aFilterOnTheSamePageSendsEveryChoiceWithItsAttributesForTheScript() {
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), "q.region=uusimaa", "next");
        var third = walker.send(second, "q.municipality=espoo", "next");

        assertThat(third.html())
                .contains("q-cottage_municipality-helsinki")
                .contains("q-cottage_municipality-tampere")
                .contains("data-choice-filter=\"[&quot;op&quot;,&quot;=&quot;,[&quot;call&quot;,&quot;choice&quot;")
                .contains("data-choice=\"{&quot;region&quot;:&quot;pirkanmaa&quot;}\"");
        var refused = walker.send(third, "q.cottage_region=uusimaa&q.cottage_municipality=tampere", "send");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Valitsemasi vaihtoehto ei sovi aiempiin vastauksiisi.");
    }
}
