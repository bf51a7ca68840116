package fi.mittari.campaign.mail;

import java.time.Instant;

/**
 * One recipient as staff see them: the address and name until erased (then null), where the latest message stands,
 * the server's reason when it failed (without any address), how many reminders were sent, and whether the recipient
 * answered or opted out.
 */
public record RecipientStatus(
        long id,
        String email,
        String name,
        String language,
        String pseudonym,
        MessageStatus latest,
        int latestRound,
        int attempts,
        String lastError,
        Instant invitedAt,
        int remindersSent,
        boolean answered,
        boolean optedOut) {

    /** What the status column shows: opted out above all, then answered, then the latest message's state. */
    public String shown() {
        if (optedOut) {
            return "opted_out";
        }
        if (answered) {
            return "answered";
        }
        return latest.name().toLowerCase(java.util.Locale.ROOT);
    }
}
