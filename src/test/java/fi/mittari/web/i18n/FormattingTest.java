package fi.mittari.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.TimeZones;
import fi.mittari.web.PageLocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormattingTest {

    private static final char NBSP = '\u00a0';
    private static final ZoneId HELSINKI = TimeZones.HELSINKI;

    @Test
    void finnishPagesWriteNumbersSharesAndDatesAsFinnsReadThem() {
        var fmt = new Formatting(PageLocale.FINNISH, HELSINKI);

        assertThat(fmt.integer(1290)).isEqualTo("1" + NBSP + "290");
        assertThat(fmt.decimal(1290.0 / 57, 1)).isEqualTo("22,6");
        assertThat(fmt.percent(0.53, 1)).isEqualTo("53,0" + NBSP + "%");
        assertThat(fmt.date(LocalDate.of(2026, 12, 1))).isEqualTo("1.12.2026");
        assertThat(fmt.dateTime(Instant.parse("2026-12-01T12:05:00Z"))).isEqualTo("1.12.2026 14.05");
    }

    @Test
    void swedishAndEnglishPagesUseTheirOwnSeparators() {
        assertThat(new Formatting(PageLocale.SWEDISH, HELSINKI).decimal(22.55, 1))
                .isEqualTo("22,6");
        var english = new Formatting(PageLocale.ENGLISH, HELSINKI);
        assertThat(english.integer(1290)).isEqualTo("1,290");
        assertThat(english.percent(0.53, 1)).isEqualTo("53.0%");
        assertThat(english.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
    }

    @Test
    void roundsHalfUpLikeTheWorkbooksAndShowsADashForNothing() {
        var fmt = new Formatting(PageLocale.FINNISH, HELSINKI);

        assertThat(fmt.decimal(new BigDecimal("0.125"), 2)).isEqualTo("0,13");
        assertThat(fmt.percent(new BigDecimal("0.2665"), 1)).isEqualTo("26,7" + NBSP + "%");
        assertThat(fmt.integer(null)).isEqualTo("–");
        assertThat(fmt.percent(null, 1)).isEqualTo("–");
        assertThat(fmt.date(null)).isEqualTo("–");
    }

    @Test
    void timesAreShownInTheSettingsZoneWhateverTheServersZone() {
        Instant answered = Instant.parse("2026-02-28T22:20:00Z");

        assertThat(new Formatting(PageLocale.FINNISH, HELSINKI).dateTime(answered))
                .isEqualTo("1.3.2026 00.20");
        assertThat(new Formatting(PageLocale.FINNISH, ZoneId.of("UTC")).dateTime(answered))
                .isEqualTo("28.2.2026 22.20");
    }
}
