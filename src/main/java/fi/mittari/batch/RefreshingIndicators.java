package fi.mittari.batch;

import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;

/**
 * Runs aggregateIndicators, in the calling thread and to its end, for each project and period of a report (or its
 * ecosystem and period) whose stored indicator values are missing or older than the data. The run commits its own chunks, in a thread of its own.
 */
final class RefreshingIndicators {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshingIndicators.class);

    private final IndicatorFreshness freshness;
    private final JobLauncher launcher;
    private final Job aggregateIndicators;

    RefreshingIndicators(IndicatorFreshness freshness, JobLauncher launcher, Job aggregateIndicators) {
        this.freshness = freshness;
        this.launcher = launcher;
        this.aggregateIndicators = aggregateIndicators;
    }

    /** Returns how many scopes were recomputed; throws when a recomputation does not complete. */
    int refresh(ReportDefinition definition, LocalDate today, long reportExecutionId) throws Exception {
        if (definition.ecosystem().isPresent()) {
            String ecosystem = definition.ecosystem().get();
            ReportPeriod.Dates dates = freshness.ecosystemPeriod(ecosystem, definition.period(), today);
            return freshness.ecosystemStale(ecosystem, dates)
                    ? recompute(definition, "ecosystem", ecosystem, dates, reportExecutionId)
                    : 0;
        }
        int refreshed = 0;
        for (String project : definition.projects()) {
            ReportPeriod.Dates dates = freshness.period(project, definition.period(), today);
            if (freshness.stale(project, dates)) {
                refreshed += recompute(definition, "project", project, dates, reportExecutionId);
            }
        }
        return refreshed;
    }

    /** Recomputes one scope ({@code kind} is the job parameter naming it: project or ecosystem); returns 1. */
    private int recompute(
            ReportDefinition definition, String kind, String code, ReportPeriod.Dates dates, long reportExecutionId)
            throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("run", "refresh for funderReport " + reportExecutionId)
                .addString(kind, code)
                .addString("from", dates.from().toString())
                .addString("to", dates.to().toString())
                .addString(BatchJobs.STARTED_BY, "funderReport " + reportExecutionId, false)
                .toJobParameters();
        JobExecution run = runApart(parameters);
        if (run.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("aggregateIndicators for " + kind + " " + code + " " + dates.from()
                    + "–" + dates.to() + " did not complete (execution " + run.getId() + " " + run.getStatus()
                    + ": " + firstLine(run.getExitStatus().getExitDescription()) + "); the report was not built");
        }
        LOG.info(
                "Indicators of {} {}–{} recomputed for report {} (execution {})",
                code,
                dates.from(),
                dates.to(),
                definition.code(),
                run.getId());
        return 1;
    }

    /**
     * Runs aggregateIndicators to its end in a thread of its own: a step's thread is inside a transaction (even a
     * resourceless one), which the job repository refuses to launch a job from, and a job launched from it would join
     * it.
     */
    private JobExecution runApart(JobParameters parameters) throws Exception {
        FutureTask<JobExecution> task = new FutureTask<>(() -> launcher.run(aggregateIndicators, parameters));
        Thread thread = new Thread(task, "funderReport-refresh");
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
