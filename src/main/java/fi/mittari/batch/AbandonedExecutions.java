package fi.mittari.batch;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Takes over runs whose process died: a STARTED or STOPPING execution whose lock {@code job-execution-<id>} nobody
 * holds any more is marked FAILED and restarted with the same parameters, continuing from its last committed chunk.
 * Runs shortly after start-up ({@code mittari.batch.recovery-after-start}, 10 s unless set), every lease while the
 * application runs, and before each scheduled launch, on one instance at a time (docs/adr/0012). Not during start-up:
 * looking needs the Spring Batch context, whose building would delay the first answer (docs/adr/0035).
 */
@Singleton
class AbandonedExecutions {

    static final String EXIT_MESSAGE = OrphanedRuns.EXIT_MESSAGE;

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedExecutions.class);

    private final BeanProvider<AnnotationConfigApplicationContext> batch;
    private final JobLocks locks;
    private final BatchJobs jobs;
    private final OrphanedRuns orphans;
    private final TaskScheduler scheduler;
    private final Duration afterStart;

    AbandonedExecutions(
            BeanProvider<AnnotationConfigApplicationContext> batch,
            JobLocks locks,
            BatchJobs jobs,
            OrphanedRuns orphans,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            BatchSettings settings) {
        this.batch = batch;
        this.locks = locks;
        this.jobs = jobs;
        this.orphans = orphans;
        this.scheduler = scheduler;
        this.afterStart = settings.recoveryAfterStart();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduler.schedule(afterStart, () -> {
            try {
                recover();
            } catch (RuntimeException e) {
                // the periodic recovery and the next scheduled launch look again
                LOG.warn("Looking for abandoned job runs after start-up failed: {}", e.toString());
            }
        });
    }

    /** Marks every abandoned run FAILED and restarts it; returns the ids of the new executions. */
    List<Long> recover() {
        List<Long> restarted = new ArrayList<>();
        if (!jobs.anyUnfinishedRun()) {
            // nearly always: nothing to take over, and the Spring Batch context need not be built to see it
            return restarted;
        }
        locks.runOnce("recover-abandoned-job-executions", Duration.ofMinutes(5), Duration.ZERO, () -> {
            for (BatchJob job : BatchJob.values()) {
                for (JobExecution execution :
                        batch.get().getBean(JobExplorer.class).findRunningJobExecutions(job.jobName())) {
                    takeOver(execution).ifPresent(restarted::add);
                }
            }
        });
        return restarted;
    }

    private Optional<Long> takeOver(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (!orphans.takeOverIfOrphaned(execution)) {
            return Optional.empty();
        }
        if (status == BatchStatus.STOPPING) {
            LOG.info("Job execution {} was stopping when its process stopped; marked FAILED", execution.getId());
            return Optional.empty();
        }
        try {
            long restarted = jobs.restart(execution.getId());
            LOG.info("Job execution {} was abandoned; restarted as execution {}", execution.getId(), restarted);
            return Optional.of(restarted);
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.warn("Job execution {} was abandoned and marked FAILED; {}", execution.getId(), refused.getMessage());
            return Optional.empty();
        }
    }
}
