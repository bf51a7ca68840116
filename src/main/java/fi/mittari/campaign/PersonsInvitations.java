package fi.mittari.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What privacy asks of invitations about one person (a port: the campaign feature owns the invitation and mail
 * recipient tables; its adapter holds the SQL): which responses came by an invitation carrying their reference, and
 * cutting a removed response's invitation loose.
 */
public interface PersonsInvitations {

    /** The responses that came by an invitation of the campaign whose reference is {@code reference}. */
    List<Long> responsesInvitedAs(String campaignSlug, String reference);

    /**
     * The responses to the campaigns that came by an invitation whose reference, trimmed and upper-cased, is
     * {@code pseudonym} (given upper-cased).
     */
    List<Long> responsesInvitedAs(Collection<Long> campaignIds, String pseudonym);

    /**
     * The invitations of the responses are cut loose: each one's reference (the organisation's code for the person)
     * cleared, its token replaced by one nobody holds, and its mail recipient's address and name erased.
     */
    void cutLoose(Collection<Long> responseIds, Instant now);
}
