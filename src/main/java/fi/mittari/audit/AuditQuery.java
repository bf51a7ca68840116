package fi.mittari.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A filter over the audit log: by actor, by kind and by period (days in Mittari's time zone, both included), one page
 * at a time (numbered from 1, newest entries first).
 */
public record AuditQuery(
        Optional<String> actor,
        Optional<AuditAction> action,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, was " + page);
        }
    }

    /** How the filter reads in an {@link AuditEvent.AuditRead} entry. */
    String describe() {
        StringBuilder text = new StringBuilder();
        actor.ifPresent(a -> text.append("user=").append(a).append(' '));
        action.ifPresent(a -> text.append("action=").append(a.code()).append(' '));
        from.ifPresent(d -> text.append("from=").append(d).append(' '));
        to.ifPresent(d -> text.append("to=").append(d).append(' '));
        text.append("page=").append(page);
        return text.toString();
    }
}
