/** The audit log's own migrations: the database's part of keeping the log append-only. */
package fi.mittari.audit.migration;
