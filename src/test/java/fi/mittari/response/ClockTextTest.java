package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ClockTextTest {

    @Test
    void readsTimesAsATimeFieldSendsThemAndAsFinnsTypeThem() {
        for (String typed :
                new String[] {"09:30", "9:30", "9.30", "09.30", "klo 9.30", "Klo 9.30", " 9.30 ", "kl. 9.30", "kl 9.30"
                }) {
            assertThat(ClockText.time(typed)).as(typed).contains(LocalTime.of(9, 30));
        }
        assertThat(ClockText.time("00.00")).contains(LocalTime.MIDNIGHT);
        assertThat(ClockText.time("23:59")).contains(LocalTime.of(23, 59));
    }

    @Test
    void keepsTimesToTheMinute() {
        assertThat(ClockText.time("09:30:45")).contains(LocalTime.of(9, 30));
        assertThat(ClockText.iso(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void refusesWhatIsNoTimeOfDay() {
        for (String typed : new String[] {"", "9", "930", "24:00", "9.60", "9,30", "half past nine", "9.3"}) {
            assertThat(ClockText.time(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void readsDatetimesAsADatetimeFieldSendsThemAndAsFinnsTypeThem() {
        LocalDateTime expected = LocalDateTime.of(2026, 12, 3, 9, 30);
        for (String typed : new String[] {
            "2026-12-03T09:30",
            "2026-12-03T09:30:00",
            "2026-12-03 09:30",
            "3.12.2026 9.30",
            "3.12.2026 klo 9.30",
            "3.12.2026, 9.30",
            "03.12.2026 09:30",
            "3.12.2026klo 9.30",
            "3.12.2026 kl. 9.30"
        }) {
            assertThat(ClockText.dateTime(typed)).as(typed).contains(expected);
        }
        assertThat(ClockText.iso(expected)).isEqualTo("2026-12-03T09:30");
    }

    @Test
    void refusesDatetimesMissingAPartOrNamingNoSuchDay() {
        for (String typed :
                new String[] {"3.12.2026", "9.30", "2026-12-03", "32.12.2026 9.30", "3.12.2026 25.00", ""}) {
            assertThat(ClockText.dateTime(typed)).as(typed).isEmpty();
        }
    }
}
