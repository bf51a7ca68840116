package fi.mittari.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the audit log's entries are kept (a port: {@link AuditTrail} decides what an entry says, {@link AuditLog} which
 * page is read and {@link ForgettingOldAuditEntries} what is old; the adapter in {@code audit.persistence} stores them).
 */
public interface AuditEntries {

    /** Adds an entry; the texts are already cut to the log's lengths. */
    void append(Instant at, String actor, AuditAction action, String target, String details);

    /**
     * Entries matching every given filter, recorded from {@code from} (included) to {@code to} (excluded), newest
     * first: at most {@code limit}, after skipping {@code skip}.
     */
    List<AuditEntry> newestFirst(
            Optional<String> actor,
            Optional<AuditAction> action,
            Optional<Instant> from,
            Optional<Instant> to,
            int limit,
            long skip);

    /** Deletes the entries recorded before {@code cutoff}, the one delete the log lets through; returns how many. */
    long deleteRecordedBefore(Instant cutoff);
}
