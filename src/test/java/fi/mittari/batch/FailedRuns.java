package fi.mittari.batch;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Runs written straight into the job repository as if they had failed, for tests of what staff see and restart. */
final class FailedRuns {

    private FailedRuns() {}

    /** A run of aggregateIndicators that failed in its first step (computeIndicators), which had announced {@code total} items. */
    static JobExecution failedRun(AnnotationConfigApplicationContext batch, String runKey, int done, long total) {
        JobRepository repository = batch.getBean(JobRepository.class);
        try {
            JobExecution execution = repository.createJobExecution(
                    BatchJob.AGGREGATE_INDICATORS.jobName(),
                    new JobParametersBuilder()
                            .addString("run", runKey)
                            .addString(BatchJobs.STARTED_BY, "test", false)
                            .toJobParameters());
            execution.setStartTime(LocalDateTime.now().minusMinutes(2));
            StepExecution step = execution.createStepExecution("computeIndicators");
            step.setStartTime(LocalDateTime.now().minusMinutes(2));
            if (total > 0) {
                step.getExecutionContext().putLong(BatchJobs.TOTAL_KEY, total);
                step.setWriteCount(done - 12);
                step.setFilterCount(10);
                step.setProcessSkipCount(2);
            }
            step.setStatus(BatchStatus.FAILED);
            step.setEndTime(LocalDateTime.now());
            repository.add(step);
            repository.updateExecutionContext(step);
            execution.setStatus(BatchStatus.FAILED);
            execution.setEndTime(LocalDateTime.now());
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the database went away"));
            repository.update(execution);
            return execution;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
