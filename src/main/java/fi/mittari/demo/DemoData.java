package fi.mittari.demo;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.questionnaire.QuestionnairesLoaded;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.response.Channel;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a newcomer sees on first start: the articles' figures ({@link SeedScenario}) as demo data, their indicators
 * computed and a first funder workbook written for each report definition of batch/reports/. Loaded once, only when MITTARI_DEMO is not false; the responses are
 * stored with channel DEMO so they can never pass for real answers.
 */
@Singleton
@Requires(property = "mittari.demo", value = "true")
class DemoData {

    static final String CAMPAIGN_SLUG = SeedScenario.SURVEY_CAMPAIGN;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> SAMPLES = List.of("keko-impact", "coaching-baseline", "coaching-followup");

    private final SeedScenario scenario;
    private final BatchJobs jobs;
    private final ExecutorService executor;
    private final Clock clock;
    private final ReportCatalog reports;

    DemoData(
            SeedScenario scenario,
            BatchJobs jobs,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
            Clock clock,
            ReportCatalog reports) {
        this.scenario = scenario;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
        this.reports = reports;
    }

    @EventListener
    void onQuestionnairesLoaded(QuestionnairesLoaded event) {
        boolean samplesAvailable = SAMPLES.stream().allMatch(key -> event.available().stream()
                .anyMatch(q -> q.key().equals(key)));
        if (!samplesAvailable || scenario.loaded()) {
            return;
        }
        try {
            scenario.load(Channel.DEMO);
        } catch (RuntimeException e) {
            // Another instance started at the same time and loaded the demo data first (unique codes refused ours).
            if (scenario.loaded()) {
                LOG.info("Demo data loaded by another instance starting at the same time");
                return;
            }
            throw e;
        }
        LOG.info(
                "Demo data loaded: KeKo's events and survey (/s/{}) and a coaching project (MITTARI_DEMO=false turns"
                        + " this off)",
                CAMPAIGN_SLUG);
        executor.submit(this::runJobs);
    }

    private void runJobs() {
        try {
            for (String project : List.of("keko", "tyokyky")) {
                long aggregate = jobs.launch(
                        BatchJob.AGGREGATE_INDICATORS,
                        "demo " + project + " " + clock.instant(),
                        "demo data",
                        Map.of("project", project));
                jobs.awaitEnd(aggregate, Duration.ofMinutes(2));
            }
            // One workbook per report definition, one after another (the launcher runs two jobs at a time).
            for (ReportDefinition report : reports.all()) {
                long built = jobs.launch(
                        BatchJob.FUNDER_REPORT,
                        "demo " + report.code() + " " + clock.instant(),
                        "demo data",
                        Map.of("report", report.code(), BatchJob.REPORT_AS_OF, SeedScenario.REPORTS_AS_OF.toString()));
                jobs.awaitEnd(built, Duration.ofMinutes(5));
            }
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.warn("Demo jobs not started: {}", refused.getMessage());
        } catch (RuntimeException e) {
            // Nothing waits for this task's Future: a failure not logged here would vanish.
            LOG.error("Demo jobs failed; the demo's indicators and workbooks may be missing", e);
        }
    }
}
