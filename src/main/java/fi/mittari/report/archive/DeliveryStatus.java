package fi.mittari.report.archive;

/** Where an email delivery of a report stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    SENT,
    /** An attempt failed; another is due at its next attempt time. */
    RETRYING,
    /** Every attempt failed; the report stays in the archive. */
    FAILED,
    /** No SMTP server is configured: nothing was attempted. */
    NOT_CONFIGURED
}
