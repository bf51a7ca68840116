package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closes a campaign now, or reopens it. Closing stops new answers and keeps every answer given; reopening takes answers
 * again at once, until the end of a new last day or, without one, until the campaign is closed again. (Its old
 * closing date is past by then, so it cannot simply stay.)
 */
@Singleton
public class ClosingCampaign {

    private final CampaignRepository campaigns;
    private final RespondentCampaigns respondentCampaigns;
    private final Clock clock;
    private final ZoneId zone;

    ClosingCampaign(CampaignRepository campaigns, RespondentCampaigns respondentCampaigns, Clock clock, ZoneId zone) {
        this.campaigns = campaigns;
        this.respondentCampaigns = respondentCampaigns;
        this.clock = clock;
        this.zone = zone;
    }

    /** The outcome of closing or reopening. */
    public sealed interface Outcome {

        record Changed(Campaign campaign) implements Outcome {}

        record Refused(Campaign campaign, FieldProblem problem) implements Outcome {}

        record NoSuchCampaign() implements Outcome {}
    }

    /**
     * Closes the campaign now; one closed already keeps its closing time. A campaign that had not opened yet will not:
     * its opening time is cleared with it.
     */
    @Transactional
    public Outcome close(String slug) {
        Optional<Campaign> found = campaigns.findBySlug(slug);
        if (found.isEmpty()) {
            return new Outcome.NoSuchCampaign();
        }
        Campaign campaign = found.get();
        Instant now = clock.instant();
        if (campaign.closingTime().filter(closes -> !closes.isAfter(now)).isPresent()) {
            return new Outcome.Changed(campaign);
        }
        Instant opens = campaign.openingTime().filter(o -> !o.isAfter(now)).orElse(null);
        respondentCampaigns.changed();
        return new Outcome.Changed(campaigns.update(campaign.withTimes(opens, now)));
    }

    /**
     * Opens the campaign again now, until the end of {@code lastDay} (a date like 2026-12-31, today or later) or, when
     * it is absent, with no closing time.
     */
    @Transactional
    public Outcome reopen(String slug, Optional<String> lastDay) {
        Optional<Campaign> found = campaigns.findBySlug(slug);
        if (found.isEmpty()) {
            return new Outcome.NoSuchCampaign();
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Instant> closes = lastDay.flatMap(text -> CampaignFields.time("closesAt", text, 1, zone, problems));
        if (closes.filter(c -> !c.isAfter(now)).isPresent()) {
            problems.add(FieldProblem.of(
                    "closesAt", "closesInPast", "must be in the future, was " + closes.get(), lastDay.get()));
        }
        Campaign campaign = found.get();
        if (!problems.isEmpty()) {
            return new Outcome.Refused(campaign, problems.get(0));
        }
        Instant opens = campaign.openingTime().filter(o -> !o.isAfter(now)).orElse(null);
        respondentCampaigns.changed();
        return new Outcome.Changed(campaigns.update(campaign.withTimes(opens, closes.orElse(null))));
    }
}
