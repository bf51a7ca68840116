package fi.mittari.batch;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs on the cron schedules of batch/schedules.yaml. Each firing is keyed by its minute, so when several
 * instances share a database the job runs once per firing: the other instances' launches are refused as duplicates.
 */
@Singleton
@Requires(property = "mittari.batch.schedules-enabled", notEquals = "false")
class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final BatchJobs jobs;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Path file;

    ScheduledJobs(
            BatchJobs jobs,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            Clock clock,
            @Value("${mittari.batch-dir}") String batchDirectory) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.clock = clock;
        this.file = Path.of(batchDirectory, "schedules.yaml");
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
        read.schedules().forEach(this::schedule);
    }

    private void schedule(JobSchedule schedule) {
        scheduler.schedule(schedule.cron(), () -> launch(schedule));
        LOG.info("{} scheduled: {}", schedule.job().jobName(), schedule.cron());
    }

    private void launch(JobSchedule schedule) {
        String runKey = "scheduled " + clock.instant().truncatedTo(ChronoUnit.MINUTES) + " line " + schedule.line();
        try {
            long id = jobs.launch(schedule.job(), runKey, schedule.parameters());
            LOG.info("{} started by schedule as execution {}", schedule.job().jobName(), id);
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.info("{}", refused.getMessage());
        }
    }
}
