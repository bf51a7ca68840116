package fi.mittari.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code freeFailures} consecutive failures for a key (a username or a client
 * address), attempts are refused for a pause that doubles with each further failure, up to {@code maxPause}. A
 * success clears the key. Plain Java, held in memory: a restart forgets, which is acceptable for a slow-down.
 */
public final class LoginThrottle {

    private static final int MAX_KEYS = 10_000;

    private final int freeFailures;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int freeFailures, Duration firstPause, Duration maxPause, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.clock = clock;
    }

    private record Failures(int count, Instant pausedUntil) {}

    public boolean allows(String key) {
        Failures f = failures.get(key);
        return f == null || !clock.instant().isBefore(f.pausedUntil());
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.pausedUntil().plus(maxPause).isBefore(now));
        }
        failures.merge(
                key,
                new Failures(1, pauseAfter(1, now)),
                (old, one) -> new Failures(old.count() + 1, pauseAfter(old.count() + 1, now)));
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private Instant pauseAfter(int count, Instant now) {
        if (count < freeFailures) {
            return now;
        }
        int doublings = Math.min(count - freeFailures, 20);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause);
    }
}
