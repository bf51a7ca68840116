package fi.mittari.audit;

import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Writes the audit log. Call {@link #record(AuditEvent)} right after the action succeeds, inside its transaction
 * where it has one (the entry is written on the same connection, so a rolled-back action leaves no entry). The actor
 * is the logged-in account of the current request, or {@link #SYSTEM} outside requests (scheduled jobs); name it
 * yourself with {@link #record(String, AuditEvent)} when you know better. Entries are only ever inserted; the only
 * delete is the log's own retention ({@link ForgettingOldAuditEntries}).
 */
@Singleton
public class AuditTrail {

    /** The actor of what Mittari does by itself: scheduled jobs, retention, startup. */
    public static final String SYSTEM = "system";

    /** The actor of a refused login with a username that matches no account. */
    public static final String ANONYMOUS = "anonymous";

    static final int ACTOR_LENGTH = 100;
    static final int TARGET_LENGTH = 200;
    static final int DETAILS_LENGTH = 500;

    private final AuditEntries entries;
    private final Clock clock;
    private final SecurityService security;

    AuditTrail(AuditEntries entries, Clock clock, SecurityService security) {
        this.entries = entries;
        this.clock = clock;
        this.security = security;
    }

    /** Records the event as done by the current request's account, or by {@link #SYSTEM} outside a request. */
    public void record(AuditEvent event) {
        record(security.username().orElse(SYSTEM), event);
    }

    /** Records the event as done by {@code actor}: an account name, or {@link #SYSTEM}. */
    public void record(String actor, AuditEvent event) {
        entries.append(
                clock.instant(),
                bounded(actor.isBlank() ? SYSTEM : actor, ACTOR_LENGTH),
                event.action(),
                bounded(event.target(), TARGET_LENGTH),
                bounded(event.details(), DETAILS_LENGTH));
    }

    /** Keys and details are short by nature; a longer one is cut rather than lose the entry. */
    private static String bounded(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
