package fi.mittari.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.SettableClock;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.TimeZones;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The form's script evaluates today() with the day the server writes into the page, so a condition on today() shows
 * the same questions in the browser as the server checks: the day in MITTARI_TIME_ZONE, not the browser's or UTC's.
 */
class TodayOnTheFormIntegrationTest {

    private static final String QUESTIONNAIRE =
            """
            key: today-form
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Tämän päivän kysely}
            questions:
              - key: spring
                type: text
                label: {fi: Mitä kevät tuo}
                relevant: today() >= date('2026-03-01')
            """;

    // 00:20 on 1 March in Helsinki, still 28 February in UTC
    private static final Instant TWENTY_PAST_MIDNIGHT = Instant.parse("2026-02-28T22:20:00Z");

    @Test
    void theFormCarriesTheDayOfTheSettingsZone() throws Exception {
        assertThat(formAt(TimeZones.HELSINKI.getId())).contains("data-today=\"2026-03-01\"");
        assertThat(formAt("UTC")).contains("data-today=\"2026-02-28\"");
    }

    private static String formAt(String zone) throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(
                EmbeddedServer.class, Map.of(SettableClock.PROPERTY, "true", "mittari.time-zone", zone), "test")) {
            var context = server.getApplicationContext();
            context.getBean(SettableClock.class).set(TWENTY_PAST_MIDNIGHT);
            assertThat(context.getBean(QuestionnaireCatalog.class).load("today-form.yaml", QUESTIONNAIRE))
                    .isInstanceOf(LoadOutcome.VersionCreated.class);
            assertThat(context.getBean(OpeningCampaign.class)
                            .open(new OpenCampaign(
                                    "today-form", "today-form", "Tänään", Optional.empty(), Optional.empty())))
                    .isInstanceOf(OpeningOutcome.Opened.class);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.getURL() + "/s/today-form"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body();
        }
    }
}
