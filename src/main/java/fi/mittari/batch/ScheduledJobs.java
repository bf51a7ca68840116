package fi.mittari.batch;

import fi.mittari.definition.DefinitionFilesSetting;
import fi.mittari.report.definition.ReportCatalog;
import io.micronaut.context.annotation.Requires;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs on the cron schedules of batch/schedules.yaml, and each report definition's funder workbook on its
 * {@code schedule:}, once per firing however many instances share the
 * database: the instance that takes the entry's lock launches it, and the lock is kept at least
 * {@code lock-at-least-for} so that an instance whose clock runs a little behind cannot fire it again. Each run is also
 * keyed by its firing time, so a duplicate launch would still be refused by Spring Batch.
 *
 * <p>Report schedules are edited in the browser (a new version of a report definition), so they are compared with the
 * catalog every {@code schedule-refresh}: a new or changed schedule starts, a removed one stops, on every instance,
 * without a restart.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final BatchJobs jobs;
    private final ReportCatalog reports;
    private final JobLocks locks;
    private final AbandonedExecutions abandoned;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Path file;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;
    private final Duration refresh;

    /** The running report schedules by report code; each firing replaces its entry's next firing. */
    private final Map<String, ReportChain> reportChains = new HashMap<>();

    private record ReportChain(String cron, ScheduledFuture<?> next) {}

    ScheduledJobs(
            BatchJobs jobs,
            ReportCatalog reports,
            JobLocks locks,
            AbandonedExecutions abandoned,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            Clock clock,
            ZoneId zone,
            DefinitionFilesSetting batchDirectory,
            BatchSettings settings) {
        this.jobs = jobs;
        this.reports = reports;
        this.locks = locks;
        this.abandoned = abandoned;
        this.scheduler = scheduler;
        // Cron is read in the application's time zone, not the server's: every instance fires at the same moments,
        // and "at 06:00" means 06:00 where the days of the figures are drawn.
        this.clock = clock.withZone(zone);
        this.file = Path.of(batchDirectory.batchDir(), "schedules.yaml");
        this.lockAtMostFor = settings.lockAtMostFor();
        this.lockAtLeastFor = settings.lockAtLeastFor();
        this.refresh = settings.scheduleRefresh();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduledInFile().forEach(this::start);
        refreshReportSchedules();
        try {
            scheduler.scheduleWithFixedDelay(refresh, refresh, this::refreshReportSchedules);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("report schedules not refreshed: the scheduler has stopped");
        }
    }

    private void start(JobSchedule schedule) {
        scheduleAfter(schedule, ZonedDateTime.now(clock));
        LOG.info("{} scheduled ({}): {}", schedule.job().jobName(), schedule.origin(), schedule.cron());
    }

    /** Brings the running report schedules in line with the report definitions in force. */
    synchronized void refreshReportSchedules() {
        Map<String, String> wanted = new HashMap<>();
        try {
            reports.all().stream()
                    .filter(report -> report.schedule().isPresent())
                    .forEach(report ->
                            wanted.put(report.code(), report.schedule().orElseThrow()));
        } catch (RuntimeException e) {
            LOG.error("Report schedules could not be read; the running ones are kept", e);
            return;
        }
        reportChains.entrySet().removeIf(chain -> {
            boolean gone =
                    !Objects.equals(wanted.get(chain.getKey()), chain.getValue().cron());
            if (gone) {
                chain.getValue().next().cancel(false);
                LOG.info(
                        "Schedule of report {} stopped: {}",
                        chain.getKey(),
                        chain.getValue().cron());
            }
            return gone;
        });
        wanted.forEach((code, cron) -> {
            if (!reportChains.containsKey(code)) {
                JobSchedule schedule = JobSchedule.forReport(code, cron);
                scheduleReportAfter(schedule, code, ZonedDateTime.now(clock), false);
                LOG.info("{} scheduled ({}): {}", schedule.job().jobName(), schedule.origin(), cron);
            }
        });
    }

    private synchronized void scheduleReportAfter(
            JobSchedule schedule, String code, ZonedDateTime after, boolean continuing) {
        ReportChain current = reportChains.get(code);
        if (continuing && (current == null || !current.cron().equals(schedule.cron()))) {
            return; // the schedule was changed or removed while this firing ran
        }
        ZonedDateTime firing = CronExpression.create(schedule.cron()).nextTimeAfter(after);
        Duration delay = Duration.between(ZonedDateTime.now(clock), firing);
        try {
            ScheduledFuture<?> next = scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, () -> {
                try {
                    fire(schedule, firing);
                } finally {
                    scheduleReportAfter(schedule, code, firing, true);
                }
            });
            reportChains.put(code, new ReportChain(schedule.cron(), next));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("{} not scheduled again: the scheduler has stopped", schedule.origin());
        }
    }

    private List<JobSchedule> scheduledInFile() {
        if (!Files.exists(file)) {
            LOG.info("No {}: batch jobs other than scheduled reports run only on demand", file);
            return List.of();
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("{} could not be read", file, e);
            return List.of();
        }
        JobScheduleReader.Read read = new JobScheduleReader().read(file.toString(), yaml);
        read.problems().forEach(problem -> LOG.error("{} (entry skipped)", problem));
        return read.schedules();
    }

    /**
     * One firing at a time, each knowing its own time: that time, the same on every instance, is the run key (a
     * repeating cron task would know only when it happened to wake up).
     */
    private void scheduleAfter(JobSchedule schedule, ZonedDateTime after) {
        ZonedDateTime firing = CronExpression.create(schedule.cron()).nextTimeAfter(after);
        Duration delay = Duration.between(ZonedDateTime.now(clock), firing);
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
        boolean ran = locks.runOnce(schedule.lockName(), lockAtMostFor, lockAtLeastFor, () -> launch(schedule, firing));
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
        String runKey = "scheduled " + firing.toInstant() + " " + schedule.origin();
        try {
            long id = jobs.launch(schedule.job(), runKey, schedule.startedBy(), schedule.parameters());
            LOG.info("{} started by schedule as execution {}", schedule.job().jobName(), id);
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.info("{}", refused.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} could not be started by schedule", schedule.job().jobName(), e);
        }
    }
}
