package fi.mittari.campaign.mail;

import fi.mittari.campaign.mail.persistence.MailRecipients;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Addresses are kept only for sending: {@code mittari.mail.erase-after-days} after a campaign closes its recipients'
 * addresses, names and stored link tokens are erased (GDPR art. 5(1)(c) and (e)); the invitations, found by their
 * tokens' hashes, keep working for anyone who still has the link. Erasing is idempotent, so every node may run it.
 */
@Singleton
public class ErasingMailAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(ErasingMailAddresses.class);

    private final MailRecipients recipients;
    private final MailSettings settings;
    private final Clock clock;

    ErasingMailAddresses(MailRecipients recipients, MailSettings settings, Clock clock) {
        this.recipients = recipients;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "3m")
    void onSchedule() {
        eraseExpired();
    }

    /** Erases the addresses whose time is up; returns how many recipients were erased. */
    public int eraseExpired() {
        Instant now = clock.instant();
        int erased = recipients.eraseOfCampaignsClosedBefore(now.minus(settings.eraseAfter()), now);
        if (erased > 0) {
            LOG.info("Erased the email addresses of {} recipients of closed campaigns", erased);
        }
        return erased;
    }
}
