package fi.mittari.report.archive;

import java.time.Instant;
import java.util.List;

/**
 * Where report email deliveries are kept (a port: {@link ReportDeliveries} decides each delivery's status and next
 * attempt, the adapter in {@code report.archive.persistence} stores them).
 */
public interface DeliveryOutbox {

    /** Adds a delivery with no attempt yet; {@code nextAttempt} is null when none is to be made. */
    void add(long reportId, String recipient, DeliveryStatus status, Instant nextAttempt, Instant now);

    /** Queued and retrying deliveries whose next attempt is due at {@code now}, oldest first; at most {@code limit}. */
    List<Delivery> due(Instant now, int limit);

    /** Deliveries whose every attempt failed, the latest first; at most {@code limit}. */
    List<Delivery> failed(int limit);

    List<Delivery> ofReport(long reportId);

    /** Records the delivery sent at {@code now}, after {@code attempts} attempts. */
    void sent(long deliveryId, int attempts, Instant now);

    /** Records a failed attempt: its new status, attempts, next attempt (null: none) and error. */
    void attemptFailed(long deliveryId, DeliveryStatus status, int attempts, Instant nextAttempt, String error);
}
