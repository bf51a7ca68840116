package fi.mittari.demo;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.context.Project;
import fi.mittari.context.persistence.ProjectRepository;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnairesLoaded;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small synthetic data set so that a newcomer sees results at once: the KeKo project, a campaign of its impact
 * survey with 36 responses (19 found new partners: 53 %, as in the 2019 survey), and a first funder workbook.
 * Loaded once, only when MITTARI_DEMO is not false; the responses are marked as demo data.
 */
@Singleton
@Requires(property = "mittari.demo", value = "true")
class DemoData {

    static final String CAMPAIGN_SLUG = "keko-2019";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Campaigns campaigns;
    private final OpeningCampaign opening;
    private final ProjectRepository projects;
    private final SubmittingResponse submitting;
    private final BatchJobs jobs;
    private final ExecutorService executor;
    private final Clock clock;

    DemoData(
            Campaigns campaigns,
            OpeningCampaign opening,
            ProjectRepository projects,
            SubmittingResponse submitting,
            BatchJobs jobs,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
            Clock clock) {
        this.campaigns = campaigns;
        this.opening = opening;
        this.projects = projects;
        this.submitting = submitting;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    @EventListener
    void onQuestionnairesLoaded(QuestionnairesLoaded event) {
        boolean surveyAvailable =
                event.available().stream().anyMatch(q -> q.key().equals("keko-impact"));
        if (!surveyAvailable || campaigns.bySlug(CAMPAIGN_SLUG).isPresent()) {
            return;
        }
        Project project = projects.findByCode("keko")
                .orElseGet(() -> projects.save(new Project(
                        null,
                        "keko",
                        "KeKo – Kehittämisen koordinaatiohanke",
                        "STEA",
                        clock.instant(),
                        null,
                        java.time.LocalDate.of(2019, 1, 1),
                        java.time.LocalDate.of(2021, 12, 31),
                        null)));
        OpeningOutcome outcome = opening.open(new OpenCampaign(
                CAMPAIGN_SLUG,
                "keko-impact",
                "KeKo-hankkeen vaikuttavuuskysely 2019",
                Optional.empty(),
                Optional.of(project.code())));
        if (!(outcome instanceof OpeningOutcome.Opened opened)) {
            LOG.warn("Demo campaign not opened: {}", outcome);
            return;
        }
        int stored = submitResponses(opened.campaign());
        LOG.info(
                "Demo data loaded: campaign /s/{} with {} demo responses (MITTARI_DEMO=false turns this off)",
                CAMPAIGN_SLUG,
                stored);
        executor.submit(this::runJobs);
    }

    private int submitResponses(Campaign campaign) {
        int stored = 0;
        for (Map<String, List<String>> answers : DemoResponses.keko2019()) {
            SubmissionOutcome outcome = submitting.submit(new Submission(
                    campaign,
                    Language.FI,
                    SubmissionKeys.fresh(),
                    Channel.DEMO,
                    new fi.mittari.response.SubmittedAnswers(answers)));
            if (outcome instanceof SubmissionOutcome.Stored) {
                stored++;
            } else {
                LOG.warn("A demo response was refused: {}", outcome);
            }
        }
        return stored;
    }

    private void runJobs() {
        try {
            long aggregate =
                    jobs.launch(BatchJob.AGGREGATE_INDICATORS, "demo " + clock.instant(), "demo data", Map.of());
            jobs.awaitEnd(aggregate, Duration.ofMinutes(2));
            jobs.launch(BatchJob.FUNDER_REPORT, "demo " + clock.instant(), "demo data", Map.of("language", "fi"));
        } catch (BatchJobs.LaunchRefused refused) {
            LOG.warn("Demo jobs not started: {}", refused.getMessage());
        }
    }
}
