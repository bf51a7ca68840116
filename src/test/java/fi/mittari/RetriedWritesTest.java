package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriedWritesTest {

    private final List<Long> pauses = new ArrayList<>();
    private final AtomicInteger tries = new AtomicInteger();

    /** A write that fails {@code failures} times with {@code failure}, then returns its try's number. */
    private Integer failing(int failures, RuntimeException failure) {
        int attempt = tries.incrementAndGet();
        if (attempt <= failures) {
            throw failure;
        }
        return attempt;
    }

    private static RuntimeException deadlock() {
        return new IllegalStateException(
                "refused at certification",
                new SQLException("Deadlock found", "40001", RetriedWriteFailure.ER_LOCK_DEADLOCK));
    }

    private boolean pause(long millis) {
        pauses.add(millis);
        return true;
    }

    @Test
    void aWriteRefusedAtCertificationTwiceIsStoredOnTheThirdTryAfterPausesOf100And200Ms() {
        Integer stored = RetriedWrites.run(() -> failing(2, deadlock()), this::pause);

        assertThat(stored).isEqualTo(3);
        assertThat(pauses).containsExactly(100L, 200L);
    }

    @Test
    void aWriteThatKeepsFailingIsTriedSixTimesDoublingThePauseThenItsFailureIsThrown() {
        RuntimeException failure =
                new IllegalStateException("lost", new SQLTransientConnectionException("connection lost", "08S01"));

        assertThatThrownBy(() -> RetriedWrites.run(() -> failing(100, failure), this::pause))
                .isSameAs(failure);
        assertThat(tries).hasValue(6);
        assertThat(pauses).containsExactly(100L, 200L, 400L, 800L, 1600L);
    }

    @Test
    void aFailureNotWorthRetryingIsThrownAtOnce() {
        RuntimeException refused = new IllegalArgumentException("not a database failure");

        assertThatThrownBy(() -> RetriedWrites.run(() -> failing(1, refused), this::pause))
                .isSameAs(refused);
        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptedPauseEndsTheRetriesWithTheFailure() {
        RuntimeException failure = deadlock();

        assertThatThrownBy(() -> RetriedWrites.run(() -> failing(3, failure), millis -> false))
                .isSameAs(failure);
        assertThat(tries).hasValue(1);
    }
}
