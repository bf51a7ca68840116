package fi.mittari.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

/**
 * Holds {@code job-execution-<id>} while a job runs in this process, so that other instances can tell it from a run
 * whose process died (see {@link AbandonedExecutions}). Registered on every job by the batch context.
 */
class ExecutionLockListener implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLockListener.class);

    private final JobLocks locks;
    private final Map<Long, SimpleLock> held = new ConcurrentHashMap<>();

    ExecutionLockListener(JobLocks locks) {
        this.locks = locks;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        locks.holdWhileRunning(execution.getId())
                .ifPresentOrElse(
                        lock -> held.put(execution.getId(), lock),
                        () -> LOG.warn(
                                "Job execution {} could not take its lock; another instance may take it over",
                                execution.getId()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        SimpleLock lock = held.remove(execution.getId());
        if (lock != null) {
            lock.unlock();
        }
    }
}
