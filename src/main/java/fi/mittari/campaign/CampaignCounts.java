package fi.mittari.campaign;

import java.time.LocalDate;
import java.util.Map;

/**
 * A campaign's live counts: responses sent, responses started but not sent, invitations created and answered, and
 * responses sent per day (days in the application's time zone) over the last weeks.
 */
public record CampaignCounts(
        long submitted, long inProgress, long invited, long invitationsAnswered, Map<LocalDate, Long> submittedByDay) {

    public CampaignCounts {
        submittedByDay = Map.copyOf(submittedByDay);
    }
}
