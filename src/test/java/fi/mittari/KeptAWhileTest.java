package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptAWhileTest {

    private final AtomicLong nanos = new AtomicLong();
    private final KeptAWhile<String, Long> kept = new KeptAWhile<>(Duration.ofSeconds(5), nanos::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<Long> read(long value) {
        reads.incrementAndGet();
        return Optional.of(value);
    }

    @Test
    void aValueReadIsKeptUntilItIsNoLongerFresh() {
        assertThat(kept.get("anna", () -> read(1))).contains(1L);
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(kept.get("anna", () -> read(2))).contains(1L);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(kept.get("anna", () -> read(2))).contains(2L);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        kept.get("anna", () -> read(1));
        kept.forget();
        assertThat(kept.get("anna", () -> read(2))).contains(2L);
    }

    @Test
    void aValueReadAcrossAChangeIsNotKept() {
        Optional<Long> old = kept.get("anna", () -> {
            kept.forget();
            return read(1);
        });
        assertThat(old).contains(1L);
        assertThat(kept.get("anna", () -> read(2))).contains(2L);
    }

    @Test
    void whatIsNotFoundIsReadAgainEveryTime() {
        kept.get("nobody", Optional::empty);
        assertThat(kept.get("nobody", () -> read(3))).contains(3L);
    }

    @Test
    void nothingIsKeptWhenFreshForIsZero() {
        KeptAWhile<String, Long> never = new KeptAWhile<>(Duration.ZERO, nanos::get);
        never.get("anna", () -> read(1));
        assertThat(never.get("anna", () -> read(2))).contains(2L);
    }
}
