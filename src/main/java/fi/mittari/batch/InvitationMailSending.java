package fi.mittari.batch;

import fi.mittari.campaign.mail.RemindingNonRespondents;
import fi.mittari.campaign.mail.SendingInvitationMail;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, on one instance at a time (the {@code invitation-mail} lock): queues the reminders that are due and
 * sends up to a minute's worth of invitation mail (MITTARI_MAIL_MESSAGES_PER_MINUTE), so the rate holds for the whole
 * cluster. The lock only paces the sending: each message is also claimed on its own, so even two senders at once would
 * not send one twice.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class InvitationMailSending {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailSending.class);
    static final String LOCK = "invitation-mail";

    private final RemindingNonRespondents reminding;
    private final SendingInvitationMail sending;
    private final JobLocks locks;
    private final Clock clock;

    InvitationMailSending(
            RemindingNonRespondents reminding, SendingInvitationMail sending, JobLocks locks, Clock clock) {
        this.reminding = reminding;
        this.sending = sending;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "${mittari.mail.initial-delay}")
    void sendDue() {
        try {
            // held at least 50 s: a node whose run ends quickly does not let another send a second minute's worth
            locks.runOnce(LOCK, Duration.ofMinutes(30), Duration.ofSeconds(50), () -> {
                int reminders = reminding.queueDue(clock.instant());
                int sent = sending.sendDue(clock.instant());
                if (reminders > 0 || sent > 0) {
                    LOG.info("{} reminders queued, {} invitation messages sent", reminders, sent);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Invitation mail could not be sent", e);
        }
    }
}
