package fi.mittari.campaign.mail;

import fi.mittari.campaign.Invitations;
import fi.mittari.campaign.mail.persistence.MailOutbox;
import fi.mittari.campaign.mail.persistence.MailRecipients;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * A recipient's opt-out, from the link in every message (the invitation's own token): no further message of the
 * campaign goes to them. The invitation stays valid; they may still answer. An unknown token is answered the same
 * way, so the page reveals nothing about who is on a list.
 */
@Singleton
public class OptingOut {

    private final Invitations invitations;
    private final MailRecipients recipients;
    private final MailOutbox outbox;
    private final Clock clock;

    OptingOut(Invitations invitations, MailRecipients recipients, MailOutbox outbox, Clock clock) {
        this.invitations = invitations;
        this.recipients = recipients;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** True when the token belongs to an emailed invitation, which is now opted out (or already was). */
    @Transactional
    public boolean optOut(String token) {
        var recipient = invitations.byToken(token).flatMap(i -> recipients.ofInvitation(i.id()));
        recipient.ifPresent(id -> {
            recipients.optOut(id, clock.instant());
            outbox.cancelWaiting(id);
        });
        return recipient.isPresent();
    }

    /** Whether the token is a real invitation link; the opt-out page asks before it acts. */
    public boolean known(String token) {
        return invitations.byToken(token).isPresent();
    }
}
