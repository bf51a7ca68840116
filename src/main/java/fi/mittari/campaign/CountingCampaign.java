package fi.mittari.campaign;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Counts for the campaign page: what staff watch while a campaign runs. */
@Singleton
public class CountingCampaign {

    /** Days shown in the per-day table. */
    public static final int DAYS = 28;

    private final Invitations invitations;
    private final CampaignResponses responses;
    private final Clock clock;
    private final ZoneId zone;

    CountingCampaign(Invitations invitations, CampaignResponses responses, Clock clock, ZoneId zone) {
        this.invitations = invitations;
        this.responses = responses;
        this.clock = clock;
        this.zone = zone;
    }

    public CampaignCounts counts(Campaign campaign) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        // Days are the setting's days, stored beside each response, never the database's or the JVM's date.
        Map<LocalDate, Long> byDay = responses.completePerDaySince(campaign.id(), today.minusDays(DAYS - 1L));
        var invited = invitations.counts(campaign);
        return new CampaignCounts(
                responses.complete(campaign.id()),
                responses.unfinished(campaign.id()),
                invited.created(),
                invited.used(),
                byDay);
    }
}
