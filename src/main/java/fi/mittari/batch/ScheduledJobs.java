package fi.mittari.batch;

import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.cron.CronExpression;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs on the cron schedules of batch/schedules.yaml, once per firing however many instances share the
 * database: the instance that takes the entry's lock launches it, and the lock is kept at least
 * {@code lock-at-least-for} so that an instance whose clock runs a little behind cannot fire it again. Each run is also
 * keyed by its firing time, so a duplicate launch would still be refused by Spring Batch.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final BatchJobs jobs;
    private final JobLocks locks;
    private final AbandonedExecutions abandoned;
    private final ReportCatalog reports;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Path file;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;

    ScheduledJobs(
            BatchJobs jobs,
            JobLocks locks,
            AbandonedExecutions abandoned,
            ReportCatalog reports,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            Clock clock,
            @Value("${mittari.batch-dir}") String batchDirectory,
            @Value("${mittari.batch.lock-at-most-for:4h}") Duration lockAtMostFor,
            @Value("${mittari.batch.lock-at-least-for:30s}") Duration lockAtLeastFor) {
        this.jobs = jobs;
        this.locks = locks;
        this.abandoned = abandoned;
        this.reports = reports;
        this.scheduler = scheduler;
        this.clock = clock; // cron is read in the server's time zone, as schedules.yaml says
        this.file = Path.of(batchDirectory, "schedules.yaml");
        this.lockAtMostFor = lockAtMostFor;
        this.lockAtLeastFor = lockAtLeastFor;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!Files.exists(file)) {
            LOG.info("No {}: batch jobs run only on demand", file);
            return;
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("{} could not be read: {}", file, e.getMessage());
            return;
        }
        JobScheduleReader.Read read = new JobScheduleReader().read(file.toString(), yaml);
        read.problems().forEach(problem -> LOG.error("{} (entry skipped)", problem));
        read.schedules().forEach(schedule -> {
            scheduleAfter(schedule, ZonedDateTime.now(clock.withZone(ZoneId.systemDefault())));
            LOG.info("{} scheduled: {}", schedule.job().jobName(), schedule.cron());
        });
        scheduleReports();
    }

    /** Each report definition with a {@code schedule} builds its funder workbook on that cron. */
    private void scheduleReports() {
        for (ReportDefinition definition : reports.all()) {
            definition.schedule().ifPresent(cron -> {
                try {
                    CronExpression.create(cron);
                } catch (RuntimeException e) {
                    LOG.error(
                            "{}:{}: invalid schedule '{}' (not scheduled)",
                            definition.sourceName(),
                            definition.line(),
                            cron);
                    return;
                }
                var schedule = new JobSchedule(
                        BatchJob.FUNDER_REPORT, cron, Map.of("report", definition.code()), definition.line());
                scheduleAfter(schedule, ZonedDateTime.now(clock.withZone(ZoneId.systemDefault())));
                LOG.info("funderReport of {} scheduled: {}", definition.code(), cron);
            });
        }
    }

    /**
     * One firing at a time, each knowing its own time: that time, the same on every instance, is the run key (a
     * repeating cron task would know only when it happened to wake up).
     */
    private void scheduleAfter(JobSchedule schedule, ZonedDateTime after) {
        ZonedDateTime firing = CronExpression.create(schedule.cron()).nextTimeAfter(after);
        Duration delay = Duration.between(ZonedDateTime.now(clock.withZone(ZoneId.systemDefault())), firing);
        try {
            scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, () -> {
                try {
                    fire(schedule, firing);
                } finally {
                    scheduleAfter(schedule, firing);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug(
                    "{} not scheduled again: the scheduler has stopped",
                    schedule.job().jobName());
        }
    }

    private void fire(JobSchedule schedule, ZonedDateTime firing) {
        String lock = schedule.parameters().containsKey("report")
                ? "schedule-report-" + schedule.parameters().get("report")
                : "schedule-line-" + schedule.line() + "-" + schedule.job().jobName();
        boolean ran = locks.runOnce(lock, lockAtMostFor, lockAtLeastFor, () -> launch(schedule, firing));
        if (!ran) {
            LOG.debug("{} firing {} taken by another instance", schedule.job().jobName(), firing);
        }
    }

    private void launch(JobSchedule schedule, ZonedDateTime firing) {
        try {
            abandoned.recover();
        } catch (RuntimeException e) {
            LOG.error("Taking over abandoned job executions failed; launching anyway", e);
        }
        String runKey = "scheduled " + firing.toInstant() + " line " + schedule.line()
                + (schedule.parameters().containsKey("report")
                        ? " report " + schedule.parameters().get("report")
                        : "");
        String startedBy = "schedule " + schedule.cron() + " line " + schedule.line();
        try {
            long id = jobs.launch(schedule.job(), runKey, startedBy, schedule.parameters());
            LOG.info("{} started by schedule as execution {}", schedule.job().jobName(), id);
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.info("{}", refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} could not be started by schedule", schedule.job().jobName(), e);
        }
    }
}
