package fi.mittari.batch;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRestartException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Launches Mittari's batch jobs and reports on their runs; the Micronaut side's only door into Spring Batch. */
@Singleton
public class BatchJobs {

    private final AnnotationConfigApplicationContext batch;
    private final JobLauncher launcher;
    private final JobExplorer explorer;

    BatchJobs(AnnotationConfigApplicationContext batch) {
        this.batch = batch;
        this.launcher = batch.getBean("asyncJobLauncher", JobLauncher.class);
        this.explorer = batch.getBean(JobExplorer.class);
    }

    /**
     * Starts a run in the background and returns its execution id at once. {@code runKey} identifies the run: the
     * request time for an on-demand run, the scheduled minute for a scheduled one, so that two instances firing the
     * same schedule start it once (the second is refused as a duplicate).
     */
    public long launch(BatchJob job, String runKey, Map<String, String> parameters) throws LaunchRefused {
        JobParametersBuilder builder = new JobParametersBuilder().addString("run", runKey);
        parameters.forEach((name, value) -> builder.addString(name, value));
        JobParameters jobParameters = builder.toJobParameters();
        try {
            JobExecution execution = launcher.run(batch.getBean(job.jobName(), Job.class), jobParameters);
            return execution.getId();
        } catch (JobExecutionAlreadyRunningException
                | JobInstanceAlreadyCompleteException
                | JobRestartException
                | JobParametersInvalidException e) {
            throw new LaunchRefused(job.jobName() + " was not started: " + e.getMessage());
        }
    }

    public Optional<JobExecutionSummary> execution(long executionId) {
        return Optional.ofNullable(explorer.getJobExecution(executionId)).map(BatchJobs::summary);
    }

    /** Waits (for tests and the demo start-up) until the run has ended, polling the job repository. */
    public Optional<JobExecutionSummary> awaitEnd(long executionId, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<JobExecutionSummary> summary = execution(executionId);
        while (summary.isPresent() && isRunning(summary.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            summary = execution(executionId);
        }
        return summary;
    }

    private static boolean isRunning(JobExecutionSummary summary) {
        BatchStatus status = BatchStatus.valueOf(summary.status());
        return status.isRunning();
    }

    private static JobExecutionSummary summary(JobExecution execution) {
        long written = execution.getStepExecutions().stream()
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        var failures = execution.getAllFailureExceptions().stream()
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .toList();
        return new JobExecutionSummary(
                execution.getId(),
                execution.getJobInstance().getJobName(),
                execution.getStatus().name(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                written,
                execution.getExitStatus().getExitCode(),
                failures);
    }

    private static Instant instant(java.time.LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** The job was not started: a run with the same key exists or is running. */
    public static class LaunchRefused extends Exception {
        LaunchRefused(String message) {
            super(message);
        }
    }
}
