package fi.mittari.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the campaign feature counts of a campaign's responses, for its page and its response cap (a port: the response
 * feature owns the response tables and answers it from {@code response.persistence}, so that the campaign feature
 * writes no SQL over them).
 */
public interface CampaignResponses {

    /** How many complete responses the campaign has. */
    long complete(long campaignId);

    /**
     * Like {@link #complete}, but counted no further than {@code limit}: the cost follows the limit, not the campaign,
     * which is what a respondent's request may spend (docs/adr/0032).
     */
    long completeUpTo(long campaignId, int limit);

    /** How many responses were started and saved but not sent. */
    long unfinished(long campaignId);

    /**
     * The invitations of the campaign whose respondent has saved a page but not sent the response: as many as the
     * campaign's unfinished responses at most, which the retention of unfinished responses bounds.
     */
    Set<Long> invitationsUnfinished(long campaignId);

    /** Complete responses per day they were submitted on, from {@code since} on; days without any are left out. */
    Map<LocalDate, Long> completePerDaySince(long campaignId, LocalDate since);
}
