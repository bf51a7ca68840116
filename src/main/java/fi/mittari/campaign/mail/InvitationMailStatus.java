package fi.mittari.campaign.mail;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignResponses;
import fi.mittari.campaign.mail.persistence.MailRecipients;
import jakarta.inject.Singleton;
import java.util.List;

/** What staff watch: the response rate of a campaign's email recipients and where each recipient stands. */
@Singleton
public class InvitationMailStatus {

    /** Rows a page or an API answer lists at most. */
    public static final int MOST_LISTED = 2_000;

    private final MailRecipients recipients;
    private final CampaignResponses responses;

    InvitationMailStatus(MailRecipients recipients, CampaignResponses responses) {
        this.recipients = recipients;
        this.responses = responses;
    }

    public ResponseRate rate(Campaign campaign) {
        return recipients.rate(campaign.id(), responses.invitationsUnfinished(campaign.id()));
    }

    public List<RecipientStatus> recipients(Campaign campaign) {
        return recipients.statuses(campaign.id(), MOST_LISTED);
    }
}
