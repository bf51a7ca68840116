package fi.mittari.report.archive;

import java.time.Instant;

/**
 * One email delivery of a report, as staff see it. {@code lastError} never holds an address or other personal data.
 * {@code nextAttemptAt}, {@code lastError} and {@code sentAt} are null until the delivery has them (the page shows
 * nothing there).
 */
public record Delivery(
        long id,
        long reportId,
        String recipient,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt) {}
