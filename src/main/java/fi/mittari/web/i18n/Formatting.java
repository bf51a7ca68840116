package fi.mittari.web.i18n;

import io.micronaut.core.annotation.Nullable;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, shares and dates as a person reads them in the page's language, the {@code #fmt} object of staff templates:
 * {@code ${#fmt.integer(n)}} "1 290", {@code ${#fmt.decimal(x, 1)}} "22,6", {@code ${#fmt.percent(share, 1)}} "53,0 %",
 * {@code ${#fmt.date(day)}} "1.12.2026", {@code ${#fmt.dateTime(instant)}} "1.12.2026 14.05". A missing value is "–".
 * Rounding is half-up, as in the funder workbooks, so a page and a workbook never disagree in the last digit. In
 * Finnish and Swedish the thousands and the percent sign are set off by a no-break space (U+00A0), so "1 290" never
 * breaks across lines.
 */
public final class Formatting {

    static final String MISSING = "–";

    private final Locale locale;
    private final ZoneId zone;

    /** Formats in {@code locale}; times are shown in {@code zone}, the application's time zone. */
    public Formatting(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public String integer(@Nullable Number value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String decimal(@Nullable Number value, int digits) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A share (a fraction from 0 to 1) as a percentage. */
    public String percent(@Nullable Number share, int digits) {
        if (share == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share);
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? MISSING : day.format(dates());
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return MISSING;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern(english() ? "HH:mm" : "HH.mm", locale);
        var local = instant.atZone(zone);
        return local.toLocalDate().format(dates()) + " " + local.toLocalTime().format(time);
    }

    private DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(english() ? "d MMM yyyy" : "d.M.yyyy", locale);
    }

    private boolean english() {
        return locale.getLanguage().equals("en");
    }
}
