package fi.mittari;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock, set by the test, in contexts started with {@code mittari.test.settable-clock=true}: an
 * answer "submitted at" a chosen moment goes through the same code as one submitted now.
 */
@Singleton
@Replaces(bean = Clock.class, factory = InfrastructureFactory.class)
@Requires(property = SettableClock.PROPERTY, value = "true")
public final class SettableClock extends Clock {

    public static final String PROPERTY = "mittari.test.settable-clock";

    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
