package fi.mittari.batch;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for abandoned runs every lease while Mittari runs, not only at start-up and before a scheduled launch: after a
 * quick restart the dead process's lock has not lapsed yet when the start-up recovery looks (it was extended up to a
 * lease ahead), and without a schedule firing the run would stay STARTED for ever.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class PeriodicRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicRecovery.class);

    private final AbandonedExecutions abandoned;

    PeriodicRecovery(AbandonedExecutions abandoned) {
        this.abandoned = abandoned;
    }

    @Scheduled(
            fixedDelay = "${mittari.batch.execution-lock-lease}",
            initialDelay = "${mittari.batch.execution-lock-lease}")
    void recover() {
        try {
            abandoned.recover();
        } catch (RuntimeException e) {
            // the next round tries again; a failure here must not stop the schedule
            LOG.warn("Looking for abandoned job runs failed: {}", e.toString());
        }
    }
}
