package fi.mittari.audit;

import java.time.Instant;

/** One entry of the audit log, as read back. {@code actor} is an account name or {@link AuditTrail#SYSTEM}. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String details) {}
