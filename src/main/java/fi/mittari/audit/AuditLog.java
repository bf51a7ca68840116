package fi.mittari.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for an admin; every read is itself recorded. */
@Singleton
public class AuditLog {

    private final AuditEntries entries;
    private final AuditTrail trail;
    private final ZoneId zone;

    AuditLog(AuditEntries entries, AuditTrail trail, ZoneId zone) {
        this.entries = entries;
        this.trail = trail;
        this.zone = zone;
    }

    /** One page of entries, newest first. {@code hasNext} says whether an older page exists. */
    public record Page(List<AuditEntry> entries, int number, boolean hasNext) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The page the query asks for, read by {@code reader}. The read is recorded first, so it is on the page it shows
     * when the filter lets it in.
     */
    @Transactional
    public Page read(AuditQuery query, String reader) {
        trail.record(reader, new AuditEvent.AuditRead(query.describe()));
        // one more than a page tells whether another page follows, without counting the whole log
        List<AuditEntry> rows = new ArrayList<>(entries.newestFirst(
                query.actor(),
                query.action(),
                query.from().map(d -> d.atStartOfDay(zone).toInstant()),
                query.to().map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                AuditQuery.PAGE_SIZE + 1,
                (long) (query.page() - 1) * AuditQuery.PAGE_SIZE));
        boolean hasNext = rows.size() > AuditQuery.PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, AuditQuery.PAGE_SIZE) : rows, query.page(), hasNext);
    }
}
