package fi.mittari.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
        assertThat(ReportDeliveries.withoutAddresses(
                        "SMTPAddressFailedException: 550 5.1.1 <funder.person@example.org>: user unknown"))
                .isEqualTo("SMTPAddressFailedException: 550 5.1.1 <<address>>: user unknown");
        assertThat(ReportDeliveries.withoutAddresses("x".repeat(2000))).hasSize(ReportDeliveries.MAX_ERROR);
    }

    @Test
    void fileNamesAreSafeAndDated() {
        // 2026-12-31 22:30 UTC is already 1 January in Helsinki (UTC+2)
        assertThat(FileNames.of(
                        "KeKo STEA/2019\"", Instant.parse("2026-12-31T22:30:00Z"), ZoneId.of("Europe/Helsinki")))
                .isEqualTo("mittari-keko-stea-2019--2027-01-01.xlsx");
        assertThat(FileNames.of("keko", Instant.parse("2026-12-31T22:30:00Z"), ZoneId.of("UTC")))
                .isEqualTo("mittari-keko-2026-12-31.xlsx");
    }
}
