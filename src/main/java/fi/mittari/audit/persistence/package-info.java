/** Where the audit log is stored: table audit_entry, behind {@link fi.mittari.audit.AuditEntries}. */
package fi.mittari.audit.persistence;
