package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);

    @Test
    void allowsTheFreeFailuresThenPausesTheKey() {
        throttle.failed("user:a");
        throttle.failed("user:a");
        assertThat(throttle.allows("user:a")).isTrue();
        throttle.failed("user:a");
        assertThat(throttle.allows("user:a")).isFalse();
        assertThat(throttle.allows("user:b")).isTrue();
    }

    @Test
    void thePauseEndsAndDoublesWithEachFurtherFailure() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("k");
        }
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.allows("k")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.allows("k")).isTrue();
        throttle.failed("k");
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.allows("k")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.allows("k")).isTrue();
    }

    @Test
    void thePauseNeverExceedsTheMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("k");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.allows("k")).isTrue();
    }

    @Test
    void aSuccessClearsTheFailures() {
        throttle.failed("k");
        throttle.failed("k");
        throttle.succeeded("k");
        throttle.failed("k");
        throttle.failed("k");
        assertThat(throttle.allows("k")).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
