package fi.mittari.batch;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Takes over runs whose process died: a STARTED or STOPPING execution whose lock {@code job-execution-<id>} nobody
 * holds any more is marked FAILED and restarted with the same parameters, continuing from its last committed chunk.
 * Runs at start-up and before each scheduled launch, on one instance at a time (docs/adr/0012).
 */
@Singleton
class AbandonedExecutions {

    static final String EXIT_MESSAGE = "abandoned: the process running it stopped";

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedExecutions.class);

    private final JobExplorer explorer;
    private final JobRepository repository;
    private final JobLocks locks;
    private final BatchJobs jobs;
    private final Clock clock;
    private final Duration grace;

    AbandonedExecutions(
            AnnotationConfigApplicationContext batch,
            JobLocks locks,
            BatchJobs jobs,
            Clock clock,
            @Value("${mittari.batch.abandoned-grace:30s}") Duration grace) {
        this.explorer = batch.getBean(JobExplorer.class);
        this.repository = batch.getBean(JobRepository.class);
        this.locks = locks;
        this.jobs = jobs;
        this.clock = clock;
        this.grace = grace;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        recover();
    }

    /** Marks every abandoned run FAILED and restarts it; returns the ids of the new executions. */
    List<Long> recover() {
        List<Long> restarted = new ArrayList<>();
        locks.runOnce("recover-abandoned-job-executions", Duration.ofMinutes(5), Duration.ZERO, () -> {
            for (BatchJob job : BatchJob.values()) {
                for (JobExecution execution : explorer.findRunningJobExecutions(job.jobName())) {
                    takeOver(execution).ifPresent(restarted::add);
                }
            }
        });
        return restarted;
    }

    private Optional<Long> takeOver(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
            return Optional.empty(); // STARTING may be waiting for a free launcher thread; it has no lock yet
        }
        // Between becoming STARTED and taking its lock a live run has no lock for a moment: leave recent ones alone.
        LocalDateTime lastSeen =
                execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getStartTime();
        if (lastSeen != null && lastSeen.isAfter(LocalDateTime.now(clock).minus(grace))) {
            return Optional.empty();
        }
        Optional<SimpleLock> lock = locks.takeOver(execution.getId(), Duration.ofMinutes(5));
        if (lock.isEmpty()) {
            return Optional.empty(); // its owner is alive and holds the lock
        }
        try {
            markFailed(execution);
            if (status == BatchStatus.STOPPING) {
                LOG.info("Job execution {} was stopping when its process stopped; marked FAILED", execution.getId());
                return Optional.empty();
            }
            long restarted = jobs.restart(execution.getId());
            LOG.info("Job execution {} was abandoned; restarted as execution {}", execution.getId(), restarted);
            return Optional.of(restarted);
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.warn("Job execution {} was abandoned and marked FAILED; {}", execution.getId(), refused.getMessage());
            return Optional.empty();
        } finally {
            lock.get().unlock();
        }
    }

    private void markFailed(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(EXIT_MESSAGE));
        repository.update(execution);
    }
}
