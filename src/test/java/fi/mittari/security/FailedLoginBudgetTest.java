package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedLoginBudgetTest {

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final FailedLoginBudget budget = new FailedLoginBudget(3, Duration.ofSeconds(5), clock);

    @Test
    void admitsEveryAttemptUntilTheFailuresOfTheWholeServerAreSpent() {
        for (int i = 0; i < 3; i++) {
            assertThat(budget.admits(Optional.empty())).isTrue();
            budget.failed();
        }
        assertThat(budget.admits(Optional.empty()))
                .as("a made-up name during a flood")
                .isFalse();
    }

    @Test
    void duringAFloodAnAccountIsCheckedOncePerPause() {
        spend();
        assertThat(budget.admits(Optional.of(1L)))
                .as("first attempt for the account")
                .isTrue();
        assertThat(budget.admits(Optional.of(1L))).as("again at once").isFalse();
        assertThat(budget.admits(Optional.of(2L))).as("another account").isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(budget.admits(Optional.of(1L))).as("after the pause").isTrue();
    }

    @Test
    void theBudgetRefillsWithTime() {
        spend();
        clock.advance(Duration.ofSeconds(20));
        assertThat(budget.admits(Optional.empty())).isTrue();
    }

    private void spend() {
        for (int i = 0; i < 3; i++) {
            budget.failed();
        }
    }
}
