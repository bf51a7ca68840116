package fi.mittari.campaign;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the campaign page counts of a campaign's responses (a port: the response feature owns the response tables and
 * answers it from {@code response.persistence}, so that the campaign feature writes no SQL over them).
 */
public interface CampaignResponses {

    /** Complete responses per day they were submitted on, from {@code since} on; days without any are left out. */
    Map<LocalDate, Long> completePerDaySince(long campaignId, LocalDate since);
}
