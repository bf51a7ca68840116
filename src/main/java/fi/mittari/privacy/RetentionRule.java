package fi.mittari.privacy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers are deleted or anonymised {@code months} months after the day their project ends (or, for a campaign's own
 * rule, the day it closes): on the first day after that anniversary they are due.
 */
public record RetentionRule(int months, RetentionAction action) {

    /** Ten years: longer than any funder's audit period, and a bound against a typo of 1200. */
    public static final int MAX_MONTHS = 120;

    public RetentionRule {
        if (months < 0 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 0–" + MAX_MONTHS + ", was " + months);
        }
    }

    /** The last day the answers are kept, counted from the project's end or the campaign's last day. */
    public LocalDate lastKeptDay(LocalDate end) {
        return end.plusMonths(months);
    }

    public boolean dueOn(LocalDate today, LocalDate end) {
        return today.isAfter(lastKeptDay(end));
    }

    /** A rule as stored (months and action, either NULL meaning no rule). */
    public static Optional<RetentionRule> stored(Integer months, String action) {
        if (months == null || action == null) {
            return Optional.empty();
        }
        return Optional.of(new RetentionRule(months, RetentionAction.valueOf(action.toUpperCase(Locale.ROOT))));
    }
}
