-- The audit log (docs/adr/0031, docs/operations.md, Audit log): who did what, appended and never changed. Mittari only
-- inserts into it, and deletes entries older than mittari.audit.retention-months. Entries name staff accounts and the
-- keys of what they touched; never respondents or answers. actor is an account name or "system".
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recorded_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(200) NOT NULL,
    details     VARCHAR(500) NOT NULL
);
CREATE INDEX ix_audit_entry_recorded ON audit_entry (recorded_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, recorded_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, recorded_at);
