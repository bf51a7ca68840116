package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A run whose process died stays STARTED in Spring Batch's tables; these tests leave such a run behind (as the dead
 * process would have) and check that it is taken over only when nobody holds its lock.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "mittari.batch.abandoned-grace", value = "0s")
class AbandonedExecutionsJobTest {

    @Inject
    AbandonedExecutions abandoned;

    @Inject
    JobLocks locks;

    @Inject
    BatchJobs jobs;

    @Inject
    AnnotationConfigApplicationContext batch;

    @Test
    void aRunWhoseLockLapsedIsMarkedFailedAndRestartedToCompletion() throws Exception {
        JobExecution crashed = leftRunning("crashed " + System.nanoTime());
        // the dead process's lock, expired: it took the lock and stopped extending it
        assertThat(locks.takeOver(crashed.getId(), Duration.ofMillis(1))).isPresent();

        // nothing is taken over while the lock (1 ms by the database's clock) has not yet lapsed
        List<Long> restarted = await().atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(abandoned::recover, ids -> !ids.isEmpty());

        assertThat(restarted).hasSize(1);
        var old = jobs.execution(crashed.getId()).orElseThrow();
        assertThat(old.status()).isEqualTo("FAILED");
        assertThat(old.endTime()).isNotNull();
        assertThat(old.exitMessage()).isEqualTo("abandoned: the process running it stopped");
        assertThat(old.steps()).singleElement().satisfies(step -> assertThat(step.status())
                .isEqualTo("FAILED"));
        var again = jobs.awaitEnd(restarted.get(0), Duration.ofSeconds(60)).orElseThrow();
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.parameters()).containsEntry("run", old.parameters().get("run"));
        assertThat(again.startedBy()).isEqualTo("crash test");
    }

    @Test
    void aRunWhoseOwnerStillHoldsItsLockIsLeftAlone() {
        JobExecution running = leftRunning("alive " + System.nanoTime());
        var held = locks.holdWhileRunning(running.getId()).orElseThrow();
        try {
            assertThat(abandoned.recover()).isEmpty();
            assertThat(jobs.execution(running.getId()).orElseThrow().status()).isEqualTo("STARTED");
        } finally {
            held.unlock();
            // tidy up so that later tests' recoveries do not restart it
            assertThat(abandoned.recover()).hasSize(1).allSatisfy(id -> jobs.awaitEnd(id, Duration.ofSeconds(60)));
        }
    }

    @Test
    void aRunWithNoLockAtAllIsTakenOver() {
        JobExecution crashed = leftRunning("never locked " + System.nanoTime());

        List<Long> restarted = abandoned.recover();

        assertThat(restarted).hasSize(1);
        assertThat(jobs.awaitEnd(restarted.get(0), Duration.ofSeconds(60))
                        .orElseThrow()
                        .status())
                .isEqualTo("COMPLETED");
        assertThat(batch.getBean(JobExplorer.class)
                        .getJobExecution(crashed.getId())
                        .getStatus())
                .isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void aRunIsTakenOverWhateverTheJvmsZone() {
        // Spring Batch stamps runs with the JVM's local time; the grace period must be measured in the same zone, or a
        // JVM east of UTC would see a dead run as hours "too recent" to take over.
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            JobExecution crashed = leftRunning("east of UTC " + System.nanoTime());

            List<Long> restarted = abandoned.recover();

            assertThat(restarted).hasSize(1);
            assertThat(jobs.awaitEnd(restarted.get(0), Duration.ofSeconds(60))
                            .orElseThrow()
                            .status())
                    .isEqualTo("COMPLETED");
            assertThat(batch.getBean(JobExplorer.class)
                            .getJobExecution(crashed.getId())
                            .getStatus())
                    .isEqualTo(BatchStatus.FAILED);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** What a process that died mid-run leaves: the run and its step STARTED, no end time. */
    private JobExecution leftRunning(String runKey) {
        JobRepository repository = batch.getBean(JobRepository.class);
        try {
            JobExecution execution = repository.createJobExecution(
                    BatchJob.AGGREGATE_INDICATORS.jobName(),
                    new JobParametersBuilder()
                            .addString("run", runKey)
                            .addString(BatchJobs.STARTED_BY, "crash test", false)
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
