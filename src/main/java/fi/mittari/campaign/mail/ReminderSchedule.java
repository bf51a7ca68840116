package fi.mittari.campaign.mail;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.mail.persistence.MailSettingsStore;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A campaign's reminder schedule: days after the invitation was sent ("7, 14"), at most {@value #MOST} reminders,
 * each 1–365 days. Empty means no reminders.
 */
@Singleton
public class ReminderSchedule {

    static final int MOST = 5;

    private final MailSettingsStore store;

    ReminderSchedule(MailSettingsStore store) {
        this.store = store;
    }

    public List<Integer> of(Campaign campaign) {
        return store.reminderDays(campaign.id());
    }

    /** Saves the days typed (separated by commas or spaces); the problem when they cannot be read (nothing saved). */
    public Optional<RecipientProblem> save(Campaign campaign, String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.strip().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int day;
            try {
                day = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Optional.of(problem(part));
            }
            if (day < 1 || day > 365) {
                return Optional.of(problem(part));
            }
            days.add(day);
        }
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(days));
        if (sorted.size() > MOST) {
            return Optional.of(new RecipientProblem(
                    0, "reminderDays", "tooManyReminders", Integer.toString(MOST), "At most " + MOST + " reminders"));
        }
        store.saveReminderDays(campaign.id(), sorted);
        return Optional.empty();
    }

    private static RecipientProblem problem(String part) {
        return new RecipientProblem(
                0,
                "reminderDays",
                "reminderDay",
                part,
                "'" + part + "' is not a number of days 1–365; write the days separated by commas, e.g. 7, 14");
    }
}
