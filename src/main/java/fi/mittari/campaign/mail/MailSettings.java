package fi.mittari.campaign.mail;

import io.micronaut.context.annotation.ConfigurationInject;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Context
@ConfigurationProperties("mittari.mail")
public class MailSettings {

    /**
     * A claim older than this belongs to a sender that stopped: one message takes at most the SMTP time-outs (10 s to
     * connect, 60 s to write, 60 s to answer), so ten minutes cannot cut a live attempt short.
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    private final int messagesPerMinute;
    private final int eraseAfterDays;
    private final String node;

    private static final String PER_MINUTE =
            "MITTARI_MAIL_MESSAGES_PER_MINUTE must be a whole number from 1 to 10000, was {validatedValue}";
    private static final String ERASE_AFTER =
            "MITTARI_MAIL_ERASE_AFTER_DAYS must be a whole number from 0 to 3650, was {validatedValue}";

    @ConfigurationInject
    MailSettings(
            @Min(value = 1, message = PER_MINUTE) @Max(value = 10_000, message = PER_MINUTE) int messagesPerMinute,
            @Min(value = 0, message = ERASE_AFTER) @Max(value = 3650, message = ERASE_AFTER) int eraseAfterDays) {
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
