package fi.mittari.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A budget of failed logins for the whole server, beside {@link LoginThrottle}'s per-username and per-address pauses,
 * which an attacker rotating both never meets. Every failure spends from it; while it is spent (a flood) an attempt
 * for a username that has no account is refused before any bcrypt check, and an attempt for an account is checked at
 * most once per {@code accountPause} for that account. So a flood costs at most one bcrypt check per account and
 * pause, and a staff member whose account the flood is not aimed at gets in with the right password at once: the
 * budget counts only failures, and their account's own allowance is untouched. The price: during a flood, an
 * attempt for an existing account is answered more slowly than one for a made-up name.
 */
final class FailedLoginBudget {

    private static final int MAX_ACCOUNTS = 10_000;

    private final Bucket failures;
    private final long accountPauseNanos;
    private final TimeMeter time;
    private final ConcurrentMap<Long, Long> lastCheckDuringFlood = new ConcurrentHashMap<>();

    FailedLoginBudget(int failuresPerMinute, Duration accountPause, Clock clock) {
        this.time = new ClockTime(clock);
        this.accountPauseNanos = accountPause.toNanos();
        this.failures = Bucket.builder()
                .addLimit(limit ->
                        limit.capacity(failuresPerMinute).refillGreedy(failuresPerMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Whether the password may be checked, for the account of this username if there is one. */
    boolean admits(Optional<Long> accountId) {
        if (failures.getAvailableTokens() > 0) {
            return true;
        }
        if (accountId.isEmpty()) {
            return false;
        }
        long now = time.currentTimeNanos();
        if (lastCheckDuringFlood.size() > MAX_ACCOUNTS) {
            lastCheckDuringFlood.clear();
        }
        boolean[] admitted = {false};
        lastCheckDuringFlood.compute(accountId.get(), (account, previous) -> {
            if (previous != null && now - previous < accountPauseNanos) {
                return previous;
            }
            admitted[0] = true;
            return now;
        });
        return admitted[0];
    }

    void failed() {
        failures.tryConsume(1);
    }

    /** Bucket4j on the application's clock, so tests can move time. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var instant = clock.instant();
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
