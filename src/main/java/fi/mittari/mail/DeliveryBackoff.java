package fi.mittari.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long to wait after a failed attempt: 1, 5, 15 and 60 minutes, then give up (five attempts in all).
 * Every outbox (funder reports, invitations) retries by these rules.
 */
public final class DeliveryBackoff {

    public static final List<Duration> WAITS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));

    private DeliveryBackoff() {}

    /** The wait before the next attempt after {@code failedAttempts} failures; empty when there is none. */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > WAITS.size()) {
            return Optional.empty();
        }
        return Optional.of(WAITS.get(failedAttempts - 1));
    }
}
