package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobScheduleReaderTest {

    private final JobScheduleReader reader = new JobScheduleReader();

    @Test
    void readsEveryValidEntry() {
        var read = reader.read(
                "schedules.yaml",
                """
                schedules:
                  - job: aggregateIndicators
                    cron: "0 15 2 * * *"
                  - job: aggregateIndicators
                    cron: "0 45 14 * * MON"
                """);
        assertThat(read.problems()).isEmpty();
        assertThat(read.schedules())
                .containsExactly(
                        JobSchedule.fromFile(BatchJob.AGGREGATE_INDICATORS, "0 15 2 * * *", Map.of(), 2),
                        JobSchedule.fromFile(BatchJob.AGGREGATE_INDICATORS, "0 45 14 * * MON", Map.of(), 4));
        assertThat(read.schedules().get(1).lockName()).isEqualTo("schedule-line-4-aggregateIndicators");
        assertThat(read.schedules().get(1).startedBy()).isEqualTo("schedule 0 45 14 * * MON line 4");
    }

    @Test
    void skipsABadEntryWithItsLineAndKeepsTheGoodOnes() {
        var read = reader.read(
                "schedules.yaml",
                """
                schedules:
                  - job: aggregateIndicators
                    cron: "every night"
                  - job: reportEverything
                    cron: "0 0 3 * * *"
                  - job: aggregateIndicators
                    cron: "0 0 4 * * *"
                """);
        assertThat(read.schedules()).extracting(JobSchedule::cron).containsExactly("0 0 4 * * *");
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().get(0)).startsWith("schedules.yaml:2: invalid cron 'every night'");
        assertThat(read.problems().get(1)).startsWith("schedules.yaml:4: unknown job 'reportEverything'");
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
        var read = reader.read("schedules.yaml", "schedules:\n  - job: [unclosed\n");
        assertThat(read.schedules()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("schedules.yaml:3:");
    }

    @Test
    void refusesTheFunderReportAndPointsToTheReportDefinitions() {
        var read = reader.read(
                "s.yaml",
                """
                schedules:
                  - job: aggregateIndicators
                    cron: "0 0 1 * * *"
                  - job: funderReport
                    cron: "0 45 2 * * MON"
                    language: fi
                """);
        assertThat(read.schedules()).extracting(JobSchedule::job).containsExactly(BatchJob.AGGREGATE_INDICATORS);
        assertThat(read.problems())
                .containsExactly("s.yaml:4: funderReport is not scheduled here: give the report definition in"
                        + " batch/reports/ a 'schedule:' (each definition has its own)");
    }

    @Test
    void refusesAPropertyOtherThanJobAndCron() {
        var read = reader.read(
                "s.yaml",
                """
                schedules:
                  - job: aggregateIndicators
                    cron: "0 0 1 * * *"
                    language: fi
                """);
        assertThat(read.schedules()).isEmpty();
        assertThat(read.problems()).singleElement().asString().contains("unknown or malformed property 'language'");
    }
}
