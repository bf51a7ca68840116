package fi.mittari.audit.web;

import fi.mittari.audit.AuditAction;
import fi.mittari.audit.AuditQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's filter as typed into the page's form or the API's query: every value is optional text, checked here
 * once for both. A problem names its field, a message key for the page and a sentence for the API.
 */
public record AuditFilter(String user, String action, String from, String to, String page) {

    static final int MAX_USER_LENGTH = 100;
    private static final int MAX_PAGE = 100_000;

    public record Problem(String field, String messageKey, String message) {}

    /** The checked query, or the problems that stop it. */
    sealed interface Outcome {
        record Valid(AuditQuery query) implements Outcome {}

        record Invalid(List<Problem> problems) implements Outcome {}
    }

    static AuditFilter of(String user, String action, String from, String to, String page) {
        return new AuditFilter(text(user), text(action), text(from), text(to), text(page));
    }

    Outcome check() {
        List<Problem> problems = new ArrayList<>();
        if (user.length() > MAX_USER_LENGTH) {
            problems.add(new Problem("user", "audit.error.user", "must be at most 100 characters"));
        }
        Optional<AuditAction> kind = action.isEmpty() ? Optional.empty() : AuditAction.ofCode(action);
        if (!action.isEmpty() && kind.isEmpty()) {
            problems.add(new Problem("action", "audit.error.action", "is not one of the audit actions"));
        }
        Optional<LocalDate> fromDay = day(from, "from", problems);
        Optional<LocalDate> toDay = day(to, "to", problems);
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            problems.add(new Problem("to", "audit.error.toBeforeFrom", "is before from"));
        }
        int number = pageNumber(problems);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return new Outcome.Valid(
                new AuditQuery(user.isEmpty() ? Optional.empty() : Optional.of(user), kind, fromDay, toDay, number));
    }

    private int pageNumber(List<Problem> problems) {
        if (page.isEmpty()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem("page", "audit.error.page", "must be a whole number from 1"));
        return 1;
    }

    private static Optional<LocalDate> day(String text, String field, List<Problem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            problems.add(new Problem(field, "audit.error.day", "must be a day as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    /** Bounded before it is looked at: a filter value longer than any stored one finds nothing anyway. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > 1000 ? stripped.substring(0, 1000) : stripped;
    }
}
