package fi.mittari.batch;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Tells a STARTED (or STOPPING) run whose process lives from one whose process died, by its lock (docs/adr/0012), and
 * records a dead one as FAILED so that it can be restarted. Used by the recovery at start-up and periodically, by a
 * restart asked for by staff, and before a new run of the same scope.
 */
@Singleton
class OrphanedRuns {

    static final String EXIT_MESSAGE = "abandoned: the process running it stopped";

    /** Built on first use, not at start-up (docs/adr/0035). */
    private final BeanProvider<AnnotationConfigApplicationContext> batch;

    private final JobLocks locks;
    private final Clock clock;
    private final Duration grace;

    OrphanedRuns(
            BeanProvider<AnnotationConfigApplicationContext> batch,
            JobLocks locks,
            Clock clock,
            BatchSettings settings) {
        this.batch = batch;
        this.locks = locks;
        this.clock = clock;
        this.grace = settings.abandonedGrace();
    }

    /**
     * Marks the run FAILED if its process is gone (nobody holds its lock) and returns true; false when its process
     * lives, or it is too recent to tell (between becoming STARTED and taking its lock a live run has no lock for a
     * moment), or it is not STARTED or STOPPING (STARTING may be waiting for a free launcher thread; it has no lock).
     */
    boolean takeOverIfOrphaned(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
            return false;
        }
        LocalDateTime lastSeen =
                execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getStartTime();
        if (lastSeen != null && lastSeen.isAfter(jvmLocalNow().minus(grace))) {
            return false;
        }
        Optional<SimpleLock> lock = locks.takeOver(execution.getId(), Duration.ofMinutes(5));
        if (lock.isEmpty()) {
            return false; // its owner is alive and holds the lock
        }
        try {
            markFailed(execution);
            return true;
        } finally {
            lock.get().unlock();
        }
    }

    // Spring Batch stamps runs with LocalDateTime.now(), the JVM's own zone (not MITTARI_TIME_ZONE): the grace period
    // and the end times written here are reckoned in that same zone.
    private LocalDateTime jvmLocalNow() {
        return LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
    }

    private void markFailed(JobExecution execution) {
        LocalDateTime now = jvmLocalNow();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
                repository().update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
        repository().update(execution);
    }

    private JobRepository repository() {
        return batch.get().getBean(JobRepository.class);
    }
}
