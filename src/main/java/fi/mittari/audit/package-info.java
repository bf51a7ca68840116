/**
 * The audit log: an append-only record of who did what to Mittari's data and settings — logins, exports and downloads,
 * definition and questionnaire changes, account changes, erasures, retention runs, access exports and reading the log
 * itself. Entries name staff accounts and the keys of what they touched, never respondents or their answers. Write
 * with {@link fi.mittari.audit.AuditTrail#record}; read with {@link fi.mittari.audit.AuditLog}.
 */
package fi.mittari.audit;
