package fi.mittari.campaign.mail;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.persistence.MailOutbox;
import fi.mittari.campaign.mail.persistence.MailSettingsStore;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues the reminders whose day has come: reminder n goes {@code days[n]} days after the invitation was sent, to
 * recipients who have not answered or opted out, while the campaign is open. The latest round is queued first, so a
 * recipient who is late for two rounds gets one reminder, not two at once. A recipient has one message per round at
 * most (a unique key), so queueing again, or on two nodes, adds nothing.
 */
@Singleton
public class RemindingNonRespondents {

    private final MailSettingsStore store;
    private final MailOutbox outbox;
    private final Campaigns campaigns;

    RemindingNonRespondents(MailSettingsStore store, MailOutbox outbox, Campaigns campaigns) {
        this.store = store;
        this.outbox = outbox;
        this.campaigns = campaigns;
    }

    /** Queues what is due at {@code now}; returns how many reminders were queued. */
    public int queueDue(Instant now) {
        int queued = 0;
        for (Map.Entry<Long, List<Integer>> schedule : store.schedules().entrySet()) {
            Optional<Campaign> campaign = campaigns.byId(schedule.getKey());
            if (campaign.isEmpty() || !campaign.get().isOpenAt(now)) {
                continue;
            }
            List<Integer> days = schedule.getValue();
            for (int round = days.size(); round >= 1; round--) {
                Instant invitedBy = now.minus(Duration.ofDays(days.get(round - 1)));
                queued += outbox.queueReminders(schedule.getKey(), round, invitedBy, now);
            }
        }
        return queued;
    }
}
