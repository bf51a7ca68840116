package fi.mittari.batch;

import java.util.Arrays;
import java.util.Optional;

/** The jobs that can be launched, by the names used in the API and in batch/schedules.yaml. */
public enum BatchJob {
    AGGREGATE_INDICATORS(AggregateIndicatorsJobConfiguration.JOB_NAME),
    FUNDER_REPORT(FunderReportJobConfiguration.JOB_NAME),
    APPLY_RETENTION(ApplyRetentionJobConfiguration.JOB_NAME);

    /**
     * funderReport's optional parameter: the day (YYYY-MM-DD) the report's period is resolved from instead of today,
     * for a workbook built as it was due on that day (previous_year, year_to_date).
     */
    public static final String REPORT_AS_OF = "asOf";

    private final String jobName;

    BatchJob(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }

    public static Optional<BatchJob> named(String name) {
        return Arrays.stream(values()).filter(j -> j.jobName.equals(name)).findFirst();
    }
}
