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
                  - job: funderReport
                    cron: "0 45 2 * * MON"
                    report: keko-stea-2019
                """);
        assertThat(read.problems()).isEmpty();
        assertThat(read.schedules())
                .containsExactly(
                        new JobSchedule(BatchJob.AGGREGATE_INDICATORS, "0 15 2 * * *", Map.of(), 2),
                        new JobSchedule(
                                BatchJob.FUNDER_REPORT, "0 45 2 * * MON", Map.of("report", "keko-stea-2019"), 4));
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
                  - job: funderReport
                    cron: "0 0 4 * * *"
                    report: keko-stea-2019
                """);
        assertThat(read.schedules()).extracting(JobSchedule::job).containsExactly(BatchJob.FUNDER_REPORT);
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
    void reportIsRequiredForTheFunderReportAndOnlyForIt() {
        var read = reader.read(
                "s.yaml",
                """
                schedules:
                  - job: aggregateIndicators
                    cron: "0 0 1 * * *"
                    report: keko-stea-2019
                  - job: funderReport
                    cron: "0 0 1 * * *"
                  - job: funderReport
                    cron: "0 0 1 * * *"
                    language: fi
                """);
        assertThat(read.schedules()).isEmpty();
        assertThat(read.problems())
                .containsExactly(
                        "s.yaml:2: 'report' (a report definition's code) is required for funderReport, and only for it",
                        "s.yaml:5: 'report' (a report definition's code) is required for funderReport, and only for it",
                        "s.yaml:7: unknown or malformed property 'language'; expected job, cron, report");
    }
}
