/**
 * Sending email: the configured SMTP server ({@link fi.mittari.mail.SmtpSettings}), one message at a time through
 * {@link fi.mittari.mail.SmtpTransport}, and the retry rules and error texts every outbox shares. Knows no feature; the
 * funder reports' outbox and the campaigns' invitation outbox both send through it.
 */
package fi.mittari.mail;
