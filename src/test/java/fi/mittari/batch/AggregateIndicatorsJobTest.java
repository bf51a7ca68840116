package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.indicator.IndicatorResults;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Not transactional: Spring Batch runs its own transactions and refuses to start inside one. */
@MicronautTest(startApplication = false, transactional = false)
class AggregateIndicatorsJobTest {

    @Inject
    OpeningCampaign opening;

    @Inject
    SubmittingResponse submitting;

    @Inject
    BatchJobs jobs;

    @Inject
    IndicatorResults results;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Test
    void computesSharesPerCampaignAndASecondRunReplacesTheFirst() {
        Campaign withAnswers = open("job-a");
        Campaign empty = open("job-b");
        // region: 3 × lappi, 1 × kainuu → 0.75 / 0.25; new_partners: 2 yes, 2 no → 0.5 / 0.5 (by hand)
        submit(withAnswers, "yes", "lappi");
        submit(withAnswers, "yes", "lappi");
        submit(withAnswers, "no", "lappi");
        submit(withAnswers, "no", "kainuu");

        var first = run();
        assertThat(first.status()).isEqualTo("COMPLETED");
        // two campaigns in the per-campaign step (the defined indicators are steps of their own)
        assertThat(first.steps())
                .filteredOn(step -> step.name().equals("aggregateCampaigns"))
                .singleElement()
                .satisfies(step -> assertThat(step.writeCount()).isEqualTo(2));
        var second = run();
        assertThat(second.status()).isEqualTo("COMPLETED");

        var stored = results.stored(withAnswers.id());
        assertThat(stored.responses()).isEqualTo(4);
        assertThat(stored.share("region", "lappi").orElseThrow().share()).isEqualByComparingTo("0.75");
        assertThat(stored.share("region", "kainuu").orElseThrow().share()).isEqualByComparingTo("0.25");
        assertThat(stored.share("region", "uusimaa").orElseThrow().numerator()).isZero();
        assertThat(stored.share("new_partners", "yes").orElseThrow().share()).isEqualByComparingTo("0.5");
        // 1 response count + 3 + 3 + 3 + 15 + 9 choices of the five single-choice questions, once each
        assertThat(rowsFor(withAnswers)).isEqualTo(34);
        assertThat(jobIdsFor(withAnswers)).containsExactly(second.id());
        assertThat(results.stored(empty.id()).responses()).isZero();
    }

    private JobExecutionSummary run() {
        try {
            long id = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "test " + System.nanoTime(), Map.of());
            return jobs.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        } catch (BatchJobs.LaunchRefused e) {
            throw new AssertionError(e);
        }
    }

    private Campaign open(String slug) {
        var outcome = opening.open(new OpenCampaign(slug, "keko-impact", slug, Optional.empty(), Optional.empty()));
        return ((OpeningOutcome.Opened) outcome).campaign();
    }

    private void submit(Campaign campaign, String partners, String region) {
        submitting.submit(new Submission(
                campaign,
                Language.FI,
                SubmissionKeys.fresh(),
                Channel.API,
                new SubmittedAnswers(Map.of(
                        "new_partners",
                        List.of(partners),
                        "topical_knowledge",
                        List.of("yes"),
                        "employment_knowledge",
                        List.of("yes"),
                        "region",
                        List.of(region),
                        "organisation_type",
                        List.of("kela")))));
    }

    private long rowsFor(Campaign campaign) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM indicator_result WHERE campaign_id = :id",
                new MapSqlParameterSource("id", campaign.id()),
                Long.class);
    }

    private List<Long> jobIdsFor(Campaign campaign) {
        return jdbc.queryForList(
                "SELECT DISTINCT job_execution_id FROM indicator_result WHERE campaign_id = :id",
                new MapSqlParameterSource("id", campaign.id()),
                Long.class);
    }
}
