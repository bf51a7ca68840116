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

/**
 * What the funder workbook shows of a campaign: yes/no, Likert and matrix-item shares, "other" as a choice, and nothing
 * of questions marked personal, of rankings or of the texts of "other".
 */
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

    private static final String COMPOSITE =
            """
            key: report-composite
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Raporttikysely}
            questions:
              - key: welcome
                type: likert
                points: 3
                label: {fi: Tervetullut}
              - key: event
                type: matrix
                label: {fi: Tapahtuma}
                items:
                  - {key: venue, label: {fi: Paikka}}
                  - {key: food, label: {fi: Ruoka}}
                choices:
                  - {value: poor, label: {fi: Heikko}}
                  - {value: good, label: {fi: Hyvä}}
              - key: helps
                type: ranking
                label: {fi: Mikä auttaa}
                choices:
                  - {value: coaching, label: {fi: Valmennus}}
                  - {value: training, label: {fi: Koulutus}}
              - key: situation
                type: single_choice
                other: true
                label: {fi: Tilanne}
                choices:
                  - {value: jobseeker, label: {fi: Työnhakija}}
            """;

    @Test
    void showsLikertPointsEachMatrixItemAndOtherButNoRankingsAndNoOtherTexts() throws Exception {
        catalog.load("report-composite.yaml", COMPOSITE);
        Campaign campaign = ((OpeningOutcome.Opened) opening.open(new OpenCampaign(
                        "report-composite", "report-composite", "Raportti", Optional.empty(), Optional.empty())))
                .campaign();
        // welcome: 3, 3, 3, 2, 1 → 0.6 for point 3; venue good 4 of 5; food poor 1 of 1; other 2 of 5
        for (int i = 0; i < 5; i++) {
            var answers = new java.util.HashMap<String, List<String>>();
            answers.put("welcome", List.of(String.valueOf(Math.max(1, 3 - Math.max(0, i - 2)))));
            answers.put("event.venue", List.of(i == 0 ? "poor" : "good"));
            if (i == 0) {
                answers.put("event.food", List.of("poor"));
            }
            answers.put("helps", List.of("training", "coaching"));
            answers.put("situation", List.of(i < 2 ? "other" : "jobseeker"));
            answers.put("situation.other", List.of("Omaishoitaja " + i));
            assertThat(submitting.submit(new Submission(
                            campaign, Language.FI, SubmissionKeys.fresh(), Channel.API, new SubmittedAnswers(answers))))
                    .isInstanceOf(fi.mittari.response.SubmissionOutcome.Stored.class);
        }
        long run = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "report-composite " + System.nanoTime(), Map.of());
        assertThat(jobs.awaitEnd(run, Duration.ofSeconds(60)).orElseThrow().status())
                .isEqualTo("COMPLETED");

        CampaignFigures figures = preparing.prepare(ReportLanguage.FI, Instant.now()).campaigns().stream()
                .filter(c -> c.slug().equals("report-composite"))
                .findFirst()
                .orElseThrow();
        assertThat(figures.distributions())
                .extracting(ChoiceDistribution::questionKey, ChoiceDistribution::questionLabel)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("welcome", "Tervetullut"),
                        org.assertj.core.api.Assertions.tuple("event.venue", "Tapahtuma – Paikka"),
                        org.assertj.core.api.Assertions.tuple("event.food", "Tapahtuma – Ruoka"),
                        org.assertj.core.api.Assertions.tuple("situation", "Tilanne"));
        assertThat(figures.distributions().get(0).choices())
                .extracting(ChoiceFigure::share)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.6"));
        assertThat(figures.distributions().get(1).choices())
                .extracting(ChoiceFigure::share)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.2"), new BigDecimal("0.8"));
        assertThat(figures.distributions().get(2).answered()).isEqualTo(1);
        assertThat(figures.distributions().get(3).choices())
                .extracting(ChoiceFigure::label)
                .containsExactly("Työnhakija", "Muu, mikä?");
        assertThat(figures.distributions().get(3).choices().get(1).share()).isEqualByComparingTo("0.4");
        assertThat(figures.toString()).doesNotContain("Omaishoitaja");
    }
}
