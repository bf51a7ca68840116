package fi.mittari.batch;

import java.util.Map;

/** One entry of batch/schedules.yaml: run a job on a cron expression, with parameters. */
record JobSchedule(BatchJob job, String cron, Map<String, String> parameters, int line) {}
