package fi.mittari.report.archive;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One email delivery of a report, as staff see it. {@code lastError} never holds an address or other personal data. */
public record Delivery(
        long id,
        long reportId,
        String recipient,
        DeliveryStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        @Nullable Instant sentAt) {}
