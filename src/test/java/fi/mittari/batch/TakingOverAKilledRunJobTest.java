package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A run whose process was killed, seen right after a quick restart: its lock lapses within a lease, and from then on it
 * can be restarted by staff; while its process lives, neither a restart nor a second run of its scope is started.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "mittari.batch.abandoned-grace", value = "0s")
class TakingOverAKilledRunJobTest {

    @Inject
    JobLocks locks;

    @Inject
    BatchJobs jobs;

    @Inject
    AnnotationConfigApplicationContext batch;

    @Test
    void aRunWhoseLockLapsedCanBeRestartedByStaff() throws Exception {
        String project = "killed-" + System.nanoTime();
        JobExecution killed = leftRunning(project);
        assertThat(locks.takeOver(killed.getId(), Duration.ofMillis(1))).isPresent();

        // refused while the lock (1 ms by the database's clock) has not yet lapsed
        long restarted = await().atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .ignoreExceptionsInstanceOf(BatchJobs.LaunchRefused.class)
                .until(() -> jobs.restart(killed.getId()), id -> true);

        assertThat(jobs.execution(killed.getId()).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(jobs.awaitEnd(restarted, Duration.ofSeconds(60))
                        .orElseThrow()
                        .running())
                .isFalse();
    }

    @Test
    void whileTheRunsProcessLivesNeitherARestartNorASecondRunOfItsScopeStarts() throws Exception {
        String project = "alive-" + System.nanoTime();
        JobExecution alive = leftRunning(project);
        var held = locks.holdWhileRunning(alive.getId()).orElseThrow();
        try {
            assertThatThrownBy(() -> jobs.restart(alive.getId()))
                    .isInstanceOf(BatchJobs.LaunchRefused.class)
                    .hasMessageContaining("its process is alive");
            assertThatThrownBy(() -> jobs.launch(
                            BatchJob.AGGREGATE_INDICATORS, "another " + project, Map.of("project", project)))
                    .isInstanceOf(BatchJobs.LaunchRefused.class)
                    .hasMessageContaining("of the same scope");
            assertThat(jobs.execution(alive.getId()).orElseThrow().status()).isEqualTo("STARTED");
        } finally {
            held.unlock();
        }
        // its process gone, a new run of the scope starts and the dead one is recorded as FAILED
        long next = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "after " + project, Map.of("project", project));
        assertThat(jobs.execution(alive.getId()).orElseThrow().status()).isEqualTo("FAILED");
        jobs.awaitEnd(next, Duration.ofSeconds(60));
    }

    /** What a killed process leaves: the run and its step STARTED, no end time. */
    private JobExecution leftRunning(String project) {
        JobRepository repository = batch.getBean(JobRepository.class);
        try {
            JobExecution execution = repository.createJobExecution(
                    BatchJob.AGGREGATE_INDICATORS.jobName(),
                    new JobParametersBuilder()
                            .addString("run", "killed " + project)
                            .addString("project", project)
                            .addString(BatchJobs.STARTED_BY, "kill test", false)
                            .toJobParameters());
            execution.setStatus(BatchStatus.STARTED);
            execution.setStartTime(LocalDateTime.now().minusMinutes(5));
            repository.update(execution);
            StepExecution step = execution.createStepExecution("computeIndicators");
            step.setStatus(BatchStatus.STARTED);
            step.setStartTime(LocalDateTime.now().minusMinutes(5));
            repository.add(step);
            return execution;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
