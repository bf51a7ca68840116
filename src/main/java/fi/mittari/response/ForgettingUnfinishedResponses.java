package fi.mittari.response;

import fi.mittari.response.persistence.PartialResponseRepository;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention of answers that were never sent: a response saved page by page but not sent within
 * {@code mittari.retention.unfinished-days} (default 30) of its last save is deleted, resume link and all. Answers
 * about disability and health are kept no longer than they can serve their purpose (GDPR art. 5(1)(e)); a respondent
 * who has not come back in a month is not coming back. Deleting is idempotent, so several instances may all run it.
 */
@Singleton
public class ForgettingUnfinishedResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ForgettingUnfinishedResponses.class);

    private final PartialResponseRepository partials;
    private final Clock clock;
    private final Duration keptFor;

    ForgettingUnfinishedResponses(
            PartialResponseRepository partials, Clock clock, UnfinishedRetentionSetting retention) {
        this.partials = partials;
        this.clock = clock;
        this.keptFor = Duration.ofDays(retention.unfinishedDays());
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    void onSchedule() {
        forgetStale();
    }

    /** Deletes the unfinished responses not saved within the retention period; returns how many were deleted. */
    public long forgetStale() {
        long deleted = partials.deleteByUpdatedAtLessThan(clock.instant().minus(keptFor));
        if (deleted > 0) {
            LOG.info("Deleted {} unfinished responses not saved in {} days", deleted, keptFor.toDays());
        }
        return deleted;
    }
}
