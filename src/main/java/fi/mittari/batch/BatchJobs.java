package fi.mittari.batch;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRestartException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Launches Mittari's batch jobs and reports on their runs; the Micronaut side's only door into Spring Batch. */
@Singleton
public class BatchJobs {

    /**
     * The step execution context key under which a step announces how many items it will process, as a long; the
     * run's progress is then shown as "412 of 1 000 items". A step sets it once, before its first chunk, e.g. in a
     * {@code StepExecutionListener.beforeStep}: {@code stepExecution.getExecutionContext().putLong(TOTAL_KEY, n)}.
     */
    public static final String TOTAL_KEY = "mittari.total";

    /** The non-identifying job parameter naming who or what launched a run. */
    static final String STARTED_BY = "startedBy";

    private static final String HISTORY =
            """
            SELECT e.JOB_EXECUTION_ID
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME IN (%s)
            ORDER BY e.JOB_EXECUTION_ID DESC
            LIMIT ?""";

    /** Built on first use, not at start-up (docs/adr/0035). */
    private final BeanProvider<AnnotationConfigApplicationContext> batch;

    private final JdbcTemplate jdbc;
    private final ExecutionSummaries summaries;

    private final OrphanedRuns orphans;

    BatchJobs(
            BeanProvider<AnnotationConfigApplicationContext> batch,
            DataSourceTransactionManager transactions,
            Clock clock,
            OrphanedRuns orphans) {
        this.batch = batch;
        this.orphans = orphans;
        this.jdbc = new JdbcTemplate(transactions.getDataSource());
        this.summaries = new ExecutionSummaries(clock);
    }

    /** As {@link #launch(BatchJob, String, String, Map)}, recording the run key as who started it. */
    public long launch(BatchJob job, String runKey, Map<String, String> parameters) throws LaunchRefused {
        return launch(job, runKey, runKey, parameters);
    }

    /**
     * Starts a run in the background and returns its execution id at once. {@code runKey} identifies the run: the
     * request time for an on-demand run, the scheduled firing for a scheduled one, so that two instances firing the
     * same schedule start it once (the second is refused as a duplicate). {@code startedBy} is shown in the history.
     */
    public long launch(BatchJob job, String runKey, String startedBy, Map<String, String> parameters)
            throws LaunchRefused {
        refuseBesideALiveRun(job, parameters);
        JobParametersBuilder builder = new JobParametersBuilder().addString("run", runKey);
        parameters.forEach((name, value) -> builder.addString(name, value));
        builder.addString(STARTED_BY, startedBy, false);
        return run(job.jobName(), builder.toJobParameters());
    }

    /**
     * Whether any run is STARTED or STOPPING, read with plain SQL: the only runs the recovery of abandoned ones acts
     * on, looked for without building the Spring Batch context (docs/adr/0035).
     */
    boolean anyUnfinishedRun() {
        return !jdbc.queryForList(
                        "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION"
                                + " WHERE END_TIME IS NULL AND STATUS IN ('STARTED', 'STOPPING') LIMIT 1",
                        Long.class)
                .isEmpty();
    }

    /**
     * One run per job and scope (its parameters but the run key) at a time: a run of the same scope that is running
     * refuses the launch; one whose process died is recorded as FAILED first, so it no longer counts as running.
     */
    private void refuseBesideALiveRun(BatchJob job, Map<String, String> parameters) throws LaunchRefused {
        for (JobExecution running : explorer().findRunningJobExecutions(job.jobName())) {
            if (scopeOf(running).equals(parameters) && !orphans.takeOverIfOrphaned(running)) {
                throw new LaunchRefused(job.jobName() + " was not started: run " + running.getId()
                        + " of the same scope " + parameters + " is " + running.getStatus());
            }
        }
    }

    private static Map<String, String> scopeOf(JobExecution execution) {
        Map<String, String> scope = new java.util.HashMap<>();
        execution.getJobParameters().getParameters().forEach((name, parameter) -> {
            if (parameter.isIdentifying() && !name.equals("run")) {
                scope.put(name, String.valueOf(parameter.getValue()));
            }
        });
        return scope;
    }

    /**
     * Runs a failed (or stopped) execution again with the same parameters: Spring Batch continues from its last
     * committed chunk. Returns the new execution's id.
     */
    public long restart(long executionId) throws LaunchRefused {
        JobExecution failed = explorer().getJobExecution(executionId);
        if (failed == null) {
            throw new LaunchRefused("No job execution " + executionId);
        }
        BatchStatus status = failed.getStatus();
        // A run whose process died (its lock lapsed) is left STARTED by Spring Batch: recorded as FAILED, it restarts.
        if (status.isRunning() && orphans.takeOverIfOrphaned(failed)) {
            status = BatchStatus.FAILED;
        }
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new LaunchRefused("Job execution " + executionId + " is " + status
                    + (status.isRunning() ? " and its process is alive" : "")
                    + "; only a FAILED or STOPPED execution, or one whose process is gone, can be restarted");
        }
        return run(failed.getJobInstance().getJobName(), failed.getJobParameters());
    }

    private long run(String jobName, JobParameters parameters) throws LaunchRefused {
        try {
            return batch.get()
                    .getBean("asyncJobLauncher", JobLauncher.class)
                    .run(batch.get().getBean(jobName, Job.class), parameters)
                    .getId();
        } catch (JobExecutionAlreadyRunningException
                | JobInstanceAlreadyCompleteException
                | JobRestartException
                | JobParametersInvalidException e) {
            throw new LaunchRefused(jobName + " was not started: " + e.getMessage());
        }
    }

    public Optional<JobExecutionSummary> execution(long executionId) {
        return Optional.ofNullable(explorer().getJobExecution(executionId)).map(summaries::summary);
    }

    /** The latest runs first, of one job or of all; at most {@code limit}. */
    public List<JobExecutionSummary> history(Optional<BatchJob> job, int limit) {
        List<String> names = job.map(j -> List.of(j.jobName()))
                .orElseGet(() -> java.util.Arrays.stream(BatchJob.values())
                        .map(BatchJob::jobName)
                        .toList());
        Object[] arguments = new Object[names.size() + 1];
        for (int i = 0; i < names.size(); i++) {
            arguments[i] = names.get(i);
        }
        arguments[names.size()] = limit;
        String placeholders = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        return jdbc.queryForList(HISTORY.formatted(placeholders), Long.class, arguments).stream()
                .map(this::execution)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Waits (for tests and the demo start-up) until the run has ended, polling the job repository. */
    public Optional<JobExecutionSummary> awaitEnd(long executionId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<JobExecutionSummary> summary = execution(executionId);
        while (summary.isPresent() && summary.get().running() && System.nanoTime() < deadline) {
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

    /** The job was not started: a run with the same key exists or is running, or it cannot be restarted. */
    public static class LaunchRefused extends Exception {
        LaunchRefused(String message) {
            super(message);
        }
    }

    private JobExplorer explorer() {
        return batch.get().getBean(JobExplorer.class);
    }
}
