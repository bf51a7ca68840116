package fi.mittari.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    @Test
    void waitsOneFiveFifteenAndSixtyMinutesThenGivesUpAfterTheFifthAttempt() {
        assertThat(DeliveryBackoff.after(1)).contains(Duration.ofMinutes(1));
        assertThat(DeliveryBackoff.after(2)).contains(Duration.ofMinutes(5));
        assertThat(DeliveryBackoff.after(3)).contains(Duration.ofMinutes(15));
        assertThat(DeliveryBackoff.after(4)).contains(Duration.ofMinutes(60));
        assertThat(DeliveryBackoff.after(5)).isEmpty();
    }

    @Test
    void anErrorIsStoredWithoutAddresses() {
        assertThat(MailErrors.withoutAddresses(
                        "SMTPAddressFailedException: 550 5.1.1 <funder.person@example.org>: user unknown"))
                .isEqualTo("SMTPAddressFailedException: 550 5.1.1 <<address>>: user unknown");
        assertThat(MailErrors.withoutAddresses("x".repeat(2000))).hasSize(MailErrors.MAX_ERROR);
    }

    @Test
    void anExceptionIsDescribedWithItsCausesAndWithoutAddresses() {
        var refused = new IllegalStateException(
                "550 no such user <anna@example.org>", new RuntimeException("connection closed"));
        assertThat(MailErrors.describe(refused))
                .isEqualTo("IllegalStateException: 550 no such user <<address>> ← RuntimeException: connection closed");
    }
}
