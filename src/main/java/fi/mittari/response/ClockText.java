package fi.mittari.response;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day and datetimes as people type them and as they are stored. A time field sends "09:30" and a datetime
 * field "2026-12-03T09:30", but a browser without the picker sends what the respondent typed: in Finland "9.30",
 * "klo 9.30" and "3.12.2026 9.30", in Swedish "kl. 9.30". Answers are kept to the minute, as ISO text ("09:30",
 * "2026-12-03T09:30") in local wall-clock time without a zone
 * (docs/adr/0043-time-and-datetime-answers-are-iso-text-in-local-time.md).
 */
public final class ClockText {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME =
            Pattern.compile("(?:klo?\\.?\\s*)?([0-9]{1,2})[.:]([0-9]{2})(?:[.:]([0-9]{2}))?", Pattern.CASE_INSENSITIVE);
    // The date and the time apart: "2026-12-03T09:30", "3.12.2026 9.30", "3.12.2026 klo 9.30", "3.12.2026, 9.30";
    // "kl." is how the time is marked in Swedish ("3.12.2026 kl. 9.30").
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\S+?)(?:T|,?\\s+|,?\\s*(?=klo?))(\\S.*)", Pattern.CASE_INSENSITIVE);

    private ClockText() {}

    /** "31.1.2025" as well as "2025-01-31"; empty when it is neither or no such day. */
    static Optional<LocalDate> day(String raw) {
        String text = raw.strip();
        try {
            return Optional.of(text.contains(".") ? LocalDate.parse(text, FINNISH_DATE) : LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** "09:30", "9.30", "klo 9.30" or "09:30:15" (seconds are dropped); empty when it is none of these. */
    public static Optional<LocalTime> time(String raw) {
        Matcher parts = TIME.matcher(raw.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(
                            Integer.parseInt(parts.group(1)),
                            Integer.parseInt(parts.group(2)),
                            parts.group(3) == null ? 0 : Integer.parseInt(parts.group(3)))
                    .truncatedTo(ChronoUnit.MINUTES));
        } catch (DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /** A date and a time as {@link #day} and {@link #time} read them, apart by "T", a space, a comma or "klo". */
    public static Optional<LocalDateTime> dateTime(String raw) {
        Matcher parts = DATE_TIME.matcher(raw.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        return day(parts.group(1)).flatMap(day -> time(parts.group(2)).map(day::atTime));
    }

    /** A day as respondents type it and as the form's hints show it: "31.1.2025". */
    public static String typed(LocalDate day) {
        return FINNISH_DATE.format(day);
    }

    /** The stored form: "09:30". */
    public static String iso(LocalTime time) {
        return ISO_MINUTES.format(time);
    }

    /** The stored form: "2026-12-03T09:30". */
    public static String iso(LocalDateTime dateTime) {
        return dateTime.toLocalDate() + "T" + iso(dateTime.toLocalTime());
    }

    /** A bound in a message, readable in every language: "2026-12-03 09:30". */
    static String shown(LocalDateTime dateTime) {
        return dateTime.toLocalDate() + " " + iso(dateTime.toLocalTime());
    }
}
