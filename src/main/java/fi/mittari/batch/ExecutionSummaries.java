package fi.mittari.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/** Turns Spring Batch's record of a run into the summary staff read; parameters shown are Mittari's own. */
final class ExecutionSummaries {

    private final Clock clock;

    ExecutionSummaries(Clock clock) {
        this.clock = clock;
    }

    JobExecutionSummary summary(JobExecution execution) {
        List<StepProgress> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(ExecutionSummaries::step)
                .toList();
        Progress progress = steps.stream()
                .map(StepProgress::progress)
                .filter(Objects::nonNull)
                .reduce(Progress::plus)
                .orElse(null);
        long written = execution.getStepExecutions().stream()
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().getParameters().forEach((name, value) -> {
            if (!name.equals(BatchJobs.STARTED_BY)) {
                parameters.put(name, String.valueOf(value.getValue()));
            }
        });
        String startedBy = execution.getJobParameters().getString(BatchJobs.STARTED_BY);
        Instant start = instant(execution.getStartTime());
        Instant end = instant(execution.getEndTime());
        Long seconds = start == null
                ? null
                : Duration.between(start, end == null ? clock.instant() : end).toSeconds();
        return new JobExecutionSummary(
                execution.getId(),
                execution.getJobInstance().getJobName(),
                parameters,
                startedBy == null ? "unknown (before startedBy was recorded)" : startedBy,
                execution.getStatus().name(),
                start,
                end,
                seconds,
                written,
                execution.getExitStatus().getExitCode(),
                execution.getExitStatus().getExitDescription(),
                execution.getAllFailureExceptions().stream()
                        .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                        .toList(),
                progress,
                steps);
    }

    private static StepProgress step(StepExecution step) {
        Progress progress = null;
        if (step.getExecutionContext().containsKey(BatchJobs.TOTAL_KEY)) {
            long total = step.getExecutionContext().getLong(BatchJobs.TOTAL_KEY);
            long done = step.getWriteCount() + step.getFilterCount() + step.getSkipCount();
            progress = new Progress(done, total);
        }
        return new StepProgress(
                step.getStepName(),
                step.getStatus().name(),
                step.getReadCount(),
                step.getWriteCount(),
                step.getSkipCount(),
                step.getCommitCount(),
                progress);
    }

    // Spring Batch stamps its executions with LocalDateTime.now(), the JVM's own zone; read back in that zone they give
    // the instant back. Only how that instant is shown follows the application's time zone (#fmt in the pages).
    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
