package fi.mittari.questionnaire.expression;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times of day and datetimes as a respondent's language writes them, wherever one is shown as text: in a
 * concat(), in place of {@code ${key}} in a label, in the bounds of a message. Finnish "3.12.2026", "7.05", "3.12.2026
 * klo 7.05"; Swedish as written in Finland, "3.12.2026 kl. 7.05"; English "3 Dec 2026", "7:05", "3 Dec 2026, 7:05".
 * Without a language ({@link Locale#ROOT}, as when no respondent reads it) the stored ISO form: "2026-12-03",
 * "07:05", "2026-12-03T07:05".
 */
public final class MomentText {

    private MomentText() {}

    public static String date(LocalDate day, Locale locale) {
        return day.format(formats(locale).date());
    }

    public static String time(LocalTime time, Locale locale) {
        return time.format(formats(locale).time());
    }

    public static String dateTime(LocalDateTime moment, Locale locale) {
        Formats formats = formats(locale);
        return moment.toLocalDate().format(formats.date())
                + formats.between()
                + moment.toLocalTime().format(formats.time());
    }

    private record Formats(DateTimeFormatter date, String between, DateTimeFormatter time) {}

    private static final Formats FINNISH = new Formats(pattern("d.M.uuuu"), " klo ", pattern("H.mm"));
    private static final Formats SWEDISH = new Formats(pattern("d.M.uuuu"), " kl. ", pattern("H.mm"));
    private static final Formats ENGLISH =
            new Formats(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), ", ", pattern("H:mm"));
    private static final Formats ISO =
            new Formats(DateTimeFormatter.ISO_LOCAL_DATE, "T", DateTimeFormatter.ofPattern("HH:mm"));

    private static Formats formats(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> FINNISH;
            case "sv" -> SWEDISH;
            case "en" -> ENGLISH;
            default -> ISO;
        };
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }
}
