package fi.mittari.report.definition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a report covers, as its file says it: fixed dates, each project's own period, or a calendar year counted
 * back from the day the report is built. Resolved to dates only when the report is built.
 */
public sealed interface ReportPeriod {

    /**
     * The days covered, both included.
     *
     * @param today the day the report is built, in the application's time zone
     * @param projectStart the project's first day, if known
     * @param projectEnd the project's last day, if known
     */
    Dates resolve(LocalDate today, Optional<LocalDate> projectStart, Optional<LocalDate> projectEnd);

    /** Inclusive dates. */
    record Dates(LocalDate from, LocalDate to) {
        public Dates {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /** {@code period: {from: 2019-01-01, to: 2019-12-31}} */
    record Fixed(LocalDate from, LocalDate to) implements ReportPeriod {
        public Fixed {
            new Dates(from, to);
        }

        @Override
        public Dates resolve(LocalDate today, Optional<LocalDate> projectStart, Optional<LocalDate> projectEnd) {
            return new Dates(from, to);
        }
    }

    /** {@code period: project} — the project's own start and end (today's year where they are not recorded). */
    record ProjectPeriod() implements ReportPeriod {
        @Override
        public Dates resolve(LocalDate today, Optional<LocalDate> projectStart, Optional<LocalDate> projectEnd) {
            return new Dates(
                    projectStart.orElse(today.withDayOfYear(1)),
                    projectEnd.orElse(today.withDayOfYear(today.lengthOfYear())));
        }
    }

    /** {@code period: previous_year} — the calendar year before the one the report is built in (yearly reports). */
    record PreviousYear() implements ReportPeriod {
        @Override
        public Dates resolve(LocalDate today, Optional<LocalDate> projectStart, Optional<LocalDate> projectEnd) {
            LocalDate start = today.minusYears(1).withDayOfYear(1);
            return new Dates(start, start.withDayOfYear(start.lengthOfYear()));
        }
    }

    /** {@code period: year_to_date} — from 1 January to the day the report is built (interim reports). */
    record YearToDate() implements ReportPeriod {
        @Override
        public Dates resolve(LocalDate today, Optional<LocalDate> projectStart, Optional<LocalDate> projectEnd) {
            return new Dates(today.withDayOfYear(1), today);
        }
    }
}
