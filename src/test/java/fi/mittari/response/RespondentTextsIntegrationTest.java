package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without any script, the server writes what respondents read in their language: choices' labels with the earlier
 * answers they show, dates and times (answers, calculations and the bounds of messages) as the language writes them.
 */
@MicronautTest(transactional = false)
class RespondentTextsIntegrationTest {

    private static final String OUT_OF_BOUNDS =
            "q.arrived=6.30&q.started=" + encode("2.12.2026 9.30") + "&q.visited=" + encode("1.1.2027");
    private static final String ANSWERS = "q.name=" + encode("Aino <b>") + "&q.arrived=7.05&q.started="
            + encode("3.12.2026 9.30") + "&q.visited=2026-12-03&q.hours=2";

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "fi; Anna aikaisintaan 7.00.; Anna aikaisintaan 3.12.2026 7.00.; Anna viimeistään 31.12.2026.",
                "sv; Ange tidigast 7.00.; Ange tidigast 3.12.2026 7.00.; Ange senast 31.12.2026.",
                "en; Please give 7:00 or later.; Please give 3.12.2026 7:00 or later.; Please give 31.12.2026 or earlier."
            })
    void boundsOfDatesAndTimesAreWrittenAsTheFormsHintsAskThemToBeTyped(
            String language, String time, String dateTime, String date) {
        String slug = RespondentTextsFixture.open(StaffApi.loginAsAdmin(client.toBlocking()), "bounds");
        var walker = new FormWalker(client.toBlocking());
        var refused = walker.send(walker.open("/s/" + slug + "?lang=" + language), OUT_OF_BOUNDS, "next");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html())
                .contains(time)
                .contains(dateTime)
                .contains(date)
                .doesNotContain("07:00");
    }

    @Test
    void choicesLabelsShowEarlierAnswersAndTimesReadAsFinnishWritesThem() {
        String slug = RespondentTextsFixture.open(StaffApi.loginAsAdmin(client.toBlocking()), "texts");
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug), ANSWERS, "next");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html())
                .contains("Omassa kodissa (Aino &lt;b&gt;)")
                .doesNotContain("${name}")
                .contains("Saavuit 7.05 / 3.12.2026 klo 9.30, päivänä 3.12.2026.");
    }

    @Test
    void inSwedishTheSameTextsReadAsSwedishWritesThem() {
        String slug = RespondentTextsFixture.open(StaffApi.loginAsAdmin(client.toBlocking()), "texts-sv");
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug + "?lang=sv"), ANSWERS, "next");

        assertThat(second.html())
                .contains("Hemma hos mig (Aino &lt;b&gt;)")
                .contains("Du kom 7.05 / 3.12.2026 kl. 9.30, dagen 3.12.2026.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final String FILTERED =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Retki}
            questions:
              - key: hours
                type: number
                decimal: true
                label: {fi: "Montako tuntia?"}
              - key: trip
                type: single_choice
                choiceFilter: int(hours) >= 2 or choice('kind') = 'short'
                label: {fi: "Mikä retki?"}
                choices:
                  - {value: walk, label: {fi: Kävely}, attributes: {kind: short}}
                  - {value: hike, label: {fi: Vaellus}, attributes: {kind: long}}
            """;

    @Test
    void aSamePageConditionUsingRoundAndAFilterUsingIntAreLeftToTheScriptAndTheServerStillChecks() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String rounded = RespondentTextsFixture.open(staff, "live-round");
        var walker = new FormWalker(client.toBlocking());
        assertThat(walker.open("/s/" + rounded).html())
                .contains("data-condition=\"[&quot;op&quot;,&quot;=&quot;,[&quot;call&quot;,&quot;round&quot;");

        String filtered = "int-filter-" + Long.toString(System.nanoTime(), 36);
        fi.mittari.support.PublishedQuestionnaire.publish(staff, filtered, FILTERED);
        staff.openCampaign(filtered, filtered, "Retki");
        var page = walker.open("/s/" + filtered);
        assertThat(page.html())
                .as("the script works out int() as the server does, so the filter goes to it")
                .contains("data-choice-filter=")
                .contains("&quot;int&quot;");
        var refused = walker.send(page, "q.hours=1&q.trip=hike", "send");
        assertThat(refused.status()).isEqualTo(422);
    }
}
