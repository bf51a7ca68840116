package fi.mittari.batch;

import fi.mittari.report.archive.DeliveringReports;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the funder reports' email deliveries that are due, every minute, on one instance at a time: the instance that
 * takes the {@code report-delivery} lock sends; the others skip that minute.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class ReportDeliveryRetries {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDeliveryRetries.class);
    static final String LOCK = "report-delivery";

    private final DeliveringReports delivering;
    private final JobLocks locks;
    private final Clock clock;

    ReportDeliveryRetries(DeliveringReports delivering, JobLocks locks, Clock clock) {
        this.delivering = delivering;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mittari.delivery.interval}", initialDelay = "${mittari.delivery.initial-delay}")
    void deliverDue() {
        try {
            locks.runOnce(LOCK, Duration.ofMinutes(30), Duration.ZERO, () -> {
                int sent = delivering.deliverDue(clock.instant());
                if (sent > 0) {
                    LOG.info("{} report deliveries sent", sent);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Report deliveries could not be attempted", e);
        }
    }
}
