package fi.mittari.campaign.mail;

import fi.mittari.campaign.mail.persistence.MailOutbox;
import fi.mittari.mail.DeliveryBackoff;
import fi.mittari.mail.MailErrors;
import fi.mittari.mail.MailTransport;
import fi.mittari.mail.OutgoingMail;
import fi.mittari.mail.SmtpSettings;
import fi.mittari.questionnaire.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages, one at a time: claim (committed), check it should still go, send, record the
 * outcome (committed). A message claimed by a sender that then stopped is never sent again but marked INTERRUPTED, so
 * a restart in the middle of a batch sends nothing twice, and what was still queued is sent by the next run. Two
 * nodes may run this at the same time: each message is claimed by one of them only. Logs hold ids, never addresses.
 */
@Singleton
public class SendingInvitationMail {

    private static final Logger LOG = LoggerFactory.getLogger(SendingInvitationMail.class);

    private final MailOutbox outbox;
    private final MailWording wording;
    private final MailTransport transport;
    private final SmtpSettings smtp;
    private final MailSettings settings;
    private final InvitationLinks links;
    private final Counter failures;

    SendingInvitationMail(
            MailOutbox outbox,
            MailWording wording,
            MailTransport transport,
            SmtpSettings smtp,
            MailSettings settings,
            InvitationLinks links,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.wording = wording;
        this.transport = transport;
        this.smtp = smtp;
        this.settings = settings;
        this.links = links;
        this.failures = Counter.builder("mittari.invitation.mail.failed")
                .description("Attempts to send an invitation or reminder that failed (retried, then given up)")
                .register(meters);
    }

    /** The same sender talking to another transport: a second node, or one that stops mid-batch, in tests. */
    SendingInvitationMail withTransport(MailTransport other, MeterRegistry meters) {
        return new SendingInvitationMail(outbox, wording, other, smtp, settings, links, meters);
    }

    /** Sends up to the rate's worth of due messages; returns how many were sent. */
    public int sendDue(Instant now) {
        if (!smtp.configured()) {
            return 0;
        }
        if (!links.available()) {
            // claiming a message whose link cannot be made would mark it interrupted and never send it
            LOG.warn("Invitation mail waits: MITTARI_PUBLIC_URL is not set, so no link can be put in a message");
            return 0;
        }
        int interrupted = outbox.interruptClaimsBefore(now.minus(MailSettings.CLAIM_TIMEOUT));
        if (interrupted > 0) {
            LOG.warn("{} invitation messages were being sent when a sender stopped; not sent again", interrupted);
        }
        int sent = 0;
        for (long id : outbox.due(now, settings.messagesPerMinute())) {
            if (outbox.claim(id, settings.node(), now)) {
                sent += outbox.claimed(id).map(message -> send(message, now)).orElse(0);
            }
        }
        return sent;
    }

    private int send(OutgoingMessage message, Instant now) {
        if (!stillWanted(message, now)) {
            outbox.cancel(message.id());
            return 0;
        }
        Language language = Language.fromCode(message.language()).orElse(Language.FI);
        MailKind kind = MailKind.ofRound(message.round());
        MailTemplate.Rendered text = wording.render(
                wording.template(message.campaignId(), kind, language),
                message.campaignTitle(),
                message.closesAt(),
                message.name(),
                message.token(),
                language);
        try {
            transport.send(
                    OutgoingMail.text(
                            message.email(),
                            text.subject(),
                            text.body(),
                            Map.of("List-Unsubscribe", "<" + links.optOut(message.token(), language) + ">")),
                    now);
            outbox.sent(message, now);
            return 1;
        } catch (MessagingException | RuntimeException e) {
            String error = MailErrors.describe(e);
            Optional<Instant> next =
                    DeliveryBackoff.after(message.attempts() + 1).map(now::plus);
            outbox.failed(message, error, next);
            failures.increment();
            LOG.warn("Invitation message {} failed (attempt {}): {}", message.id(), message.attempts() + 1, error);
            return 0;
        }
    }

    /**
     * Nothing goes to an erased address, to someone who opted out, or after the campaign closed; no reminder goes to
     * someone who answered since it was queued.
     */
    private static boolean stillWanted(OutgoingMessage message, Instant now) {
        if (message.email() == null || message.token() == null || message.optedOut() || message.answered()) {
            return false;
        }
        return message.closesAt() == null || now.isBefore(message.closesAt());
    }
}
