package fi.mittari.batch;

import java.util.Map;

/**
 * A job to run on a cron expression, with parameters: an entry of batch/schedules.yaml or a report definition's
 * {@code schedule:}.
 *
 * @param origin where it was defined, as runs and logs name it: {@code line 2} (of schedules.yaml) or
 *     {@code report keko-stea}
 * @param lockName the lock one instance takes to launch a firing, distinct per schedule
 */
record JobSchedule(BatchJob job, String cron, Map<String, String> parameters, String origin, String lockName) {

    JobSchedule {
        parameters = Map.copyOf(parameters);
    }

    /** An entry of batch/schedules.yaml, starting on {@code line}. */
    static JobSchedule fromFile(BatchJob job, String cron, Map<String, String> parameters, int line) {
        return new JobSchedule(job, cron, parameters, "line " + line, "schedule-line-" + line + "-" + job.jobName());
    }

    /** The funder workbook of the report definition {@code code}, on the definition's own schedule. */
    static JobSchedule forReport(String code, String cron) {
        return new JobSchedule(
                BatchJob.FUNDER_REPORT, cron, Map.of("report", code), "report " + code, "schedule-report-" + code);
    }

    String startedBy() {
        return "schedule " + cron + " " + origin;
    }
}
