package fi.mittari.campaign.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

/**
 * How invitation mail is sent: at most {@code messagesPerMinute} messages a minute across all nodes
 * (MITTARI_MAIL_MESSAGES_PER_MINUTE, 60: a small organisation's provider throttles bulk senders, and a burst of a
 * thousand looks like spam), addresses erased {@code eraseAfterDays} after the campaign closes
 * (MITTARI_MAIL_ERASE_AFTER_DAYS, 14: time to see the last bounces), and the node's name on the messages it claims.
 */
@Singleton
public class MailSettings {

    /**
     * A claim older than this belongs to a sender that stopped: one message takes at most the SMTP time-outs (10 s to
     * connect, 60 s to write, 60 s to answer), so ten minutes cannot cut a live attempt short.
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    private final int messagesPerMinute;
    private final int eraseAfterDays;
    private final String node;

    MailSettings(
            @Value("${mittari.mail.messages-per-minute:60}") int messagesPerMinute,
            @Value("${mittari.mail.erase-after-days:14}") int eraseAfterDays) {
        if (messagesPerMinute < 1 || messagesPerMinute > 10_000) {
            throw new IllegalArgumentException(
                    "mittari.mail.messages-per-minute must be 1–10000, was " + messagesPerMinute);
        }
        if (eraseAfterDays < 0 || eraseAfterDays > 3650) {
            throw new IllegalArgumentException("mittari.mail.erase-after-days must be 0–3650, was " + eraseAfterDays);
        }
        this.messagesPerMinute = messagesPerMinute;
        this.eraseAfterDays = eraseAfterDays;
        this.node = nodeName();
    }

    public int messagesPerMinute() {
        return messagesPerMinute;
    }

    public Duration eraseAfter() {
        return Duration.ofDays(eraseAfterDays);
    }

    public int eraseAfterDays() {
        return eraseAfterDays;
    }

    /** The host name plus a per-start id: which node (and which run of it) claimed a message. */
    String node() {
        return node;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + " " + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
