-- An uploaded events or participation sheet, parsed, held between its preview and the staff member's "save" or
-- "cancel", so that the second request may reach any node. token is random and the row belongs to one username; kind
-- is EVENTS or PARTICIPATION; sheet is the parsed table, gzipped. A row is deleted when saved or cancelled, and an
-- expired one is never read again and is deleted with the next upload.
CREATE TABLE context_import_preview (
    token      VARCHAR(64)  NOT NULL PRIMARY KEY,
    username   VARCHAR(255) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    sheet      LONGBLOB     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_context_import_preview_expiry ON context_import_preview (expires_at);
