package fi.mittari.audit;

/**
 * The database's side of the append-only log (migration V32, docs/adr/0034): a trigger refuses every UPDATE and every
 * DELETE of {@code audit_entry} unless the connection has set the session variable {@link #RETENTION_FLAG} to 1. Only
 * the log's retention ({@link ForgettingOldAuditEntries}, through {@link AuditEntries#deleteRecordedBefore}) sets it,
 * for its one statement on its one connection, and clears it before the connection goes back to the pool.
 */
public final class AppendOnly {

    /** The session variable ({@code @mittari_audit_retention = 1}) that lets the retention's delete through. */
    public static final String RETENTION_FLAG = "mittari_audit_retention";

    private AppendOnly() {}
}
