package fi.mittari.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the funder workbook shows of a campaign: yes/no shares, and nothing of questions marked personal. */
@MicronautTest(startApplication = false, transactional = false)
class PreparingFunderReportIntegrationTest {

    private static final String DEFINITION =
            """
            key: report-check
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Raporttikysely, sv: Rapportenkät}
            questions:
              - key: disability
                type: single_choice
                personal: true
                label: {fi: Vamma, sv: Funktionsnedsättning}
                choices:
                  - {value: "yes", label: {fi: Kyllä, sv: Ja}}
                  - {value: "no", label: {fi: Ei, sv: Nej}}
              - key: employed
                type: yes_no
                label: {fi: Työllistyitkö, sv: Fick du arbete}
            """;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    OpeningCampaign opening;

    @Inject
    SubmittingResponse submitting;

    @Inject
    BatchJobs jobs;

    @Inject
    PreparingFunderReport preparing;

    @Test
    void showsYesNoSharesAndLeavesPersonalQuestionsOut() throws Exception {
        catalog.load("report-check.yaml", DEFINITION);
        Campaign campaign = ((OpeningOutcome.Opened) opening.open(new OpenCampaign(
                        "report-check", "report-check", "Raportti", Optional.empty(), Optional.empty())))
                .campaign();
        // employed: yes, yes, no, no, no → 2/5 = 0.4 and 3/5 = 0.6 (by hand)
        for (String employed : List.of("yes", "yes", "no", "no", "no")) {
            submitting.submit(new Submission(
                    campaign,
                    Language.FI,
                    SubmissionKeys.fresh(),
                    Channel.API,
                    new SubmittedAnswers(Map.of("disability", List.of("yes"), "employed", List.of(employed)))));
        }
        long run = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "report-check " + System.nanoTime(), Map.of());
        assertThat(jobs.awaitEnd(run, Duration.ofSeconds(60)).orElseThrow().status())
                .isEqualTo("COMPLETED");

        WorkbookContent content = preparing.prepare(ReportLanguage.SV, Instant.now());
        CampaignFigures figures = content.campaigns().stream()
                .filter(c -> c.slug().equals("report-check"))
                .findFirst()
                .orElseThrow();
        assertThat(figures.responses()).isEqualTo(5);
        assertThat(figures.distributions())
                .extracting(ChoiceDistribution::questionKey)
                .containsExactly("employed");
        ChoiceDistribution employed = figures.distributions().get(0);
        assertThat(employed.questionLabel()).isEqualTo("Fick du arbete");
        assertThat(employed.answered()).isEqualTo(5);
        assertThat(employed.choices()).extracting(ChoiceFigure::label).containsExactly("Ja", "Nej");
        assertThat(employed.choices())
                .extracting(ChoiceFigure::share)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.4"), new BigDecimal("0.6"));
    }
}
