package fi.mittari.report.archive;

import fi.mittari.mail.DeliveryBackoff;
import fi.mittari.mail.MailErrors;
import fi.mittari.mail.SmtpSettings;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The outbox of email deliveries: queued with the report, then sent or retried. What a delivery's status becomes is
 * decided here; the {@link DeliveryOutbox} keeps it.
 */
@Singleton
public class ReportDeliveries {

    private final DeliveryOutbox outbox;
    private final SmtpSettings smtp;

    ReportDeliveries(DeliveryOutbox outbox, SmtpSettings smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    /** Queues one delivery per address; recorded as NOT_CONFIGURED when no SMTP server is set. */
    void queue(long reportId, List<String> emails, Instant now) {
        DeliveryStatus status = smtp.configured() ? DeliveryStatus.QUEUED : DeliveryStatus.NOT_CONFIGURED;
        for (String email : emails) {
            outbox.add(reportId, email, status, status == DeliveryStatus.QUEUED ? now : null, now);
        }
    }

    /** Queued and retrying deliveries whose time has come, oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return outbox.due(now, limit);
    }

    /** Deliveries whose every attempt failed, the latest first; at most {@code limit}. */
    public List<Delivery> failed(int limit) {
        return outbox.failed(limit);
    }

    public List<Delivery> ofReport(long reportId) {
        return outbox.ofReport(reportId);
    }

    void sent(Delivery delivery, Instant now) {
        outbox.sent(delivery.id(), delivery.attempts() + 1, now);
    }

    /** Records a failed attempt: RETRYING after the backoff's wait, or FAILED when the attempts are used up. */
    void failed(Delivery delivery, String error, Instant now) {
        int attempts = delivery.attempts() + 1;
        var wait = DeliveryBackoff.after(attempts);
        outbox.attemptFailed(
                delivery.id(),
                wait.isPresent() ? DeliveryStatus.RETRYING : DeliveryStatus.FAILED,
                attempts,
                wait.map(now::plus).orElse(null),
                MailErrors.withoutAddresses(error));
    }
}
