package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.PartialResponseRepository;
import fi.mittari.response.persistence.PartialResponseRow;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unfinished responses are kept 30 days from their last save (the test configuration's default), then deleted. */
@MicronautTest(transactional = false)
class ForgettingUnfinishedResponsesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    PartialResponseRepository partials;

    @Inject
    ForgettingUnfinishedResponses forgetting;

    @Inject
    Clock clock;

    @Test
    void anUnfinishedResponseIsDeletedThirtyDaysAfterItsLastSaveAndNotBefore() {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign("retention", "keko-impact", "Retention");
        long campaignId = campaigns.bySlug("retention").orElseThrow().id();
        Instant now = clock.instant();
        var stale = partials.save(partial(campaignId, "a".repeat(64), now.minus(Duration.ofDays(31))));
        var recent = partials.save(partial(campaignId, "b".repeat(64), now.minus(Duration.ofDays(29))));

        forgetting.forgetStale();

        assertThat(partials.findById(stale.id())).isEmpty();
        assertThat(partials.findById(recent.id())).isPresent();
        partials.deleteById(recent.id());
    }

    private static PartialResponseRow partial(long campaignId, String keyHash, Instant lastSaved) {
        return new PartialResponseRow(
                null, campaignId, keyHash, null, "fi", "impact", "{}", lastSaved.minus(Duration.ofHours(1)), lastSaved);
    }
}
