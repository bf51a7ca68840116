package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.context.Drafts;
import fi.mittari.context.RecordingGoals;
import fi.mittari.context.RecordingProjects;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinition.ReportOptions;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small hand-made project: 16 respondents of three sectors, a personal question and an open one. Checks the
 * suppression of respondent groups (with the complementary cell), the Data sheet's rows and a scope without values.
 */
@MicronautTest(transactional = false)
class PreparingSmallReportIntegrationTest {

    private static final String QUESTIONNAIRE =
            """
            key: prep-small
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Pieni kysely}
            questions:
              - key: sector
                type: single_choice
                concept: dim.sector
                label: {fi: Sektori}
                choices:
                  - {value: third_sector, label: {fi: Järjestö}}
                  - {value: company, label: {fi: Yritys}}
                  - {value: kela, label: {fi: Kela}}
              - key: name
                type: text
                personal: true
                label: {fi: Nimi}
              - key: feedback
                type: text
                label: {fi: Palaute}
            """;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    OpeningCampaign opening;

    @Inject
    SubmittingResponse submitting;

    @Inject
    RecordingProjects projects;

    @Inject
    RecordingGoals goals;

    @Inject
    PreparingReport preparing;

    private String project;

    @BeforeEach
    void sixteenRespondents() {
        project = "prep-" + System.nanoTime();
        LocalDate today = LocalDate.now();
        assertThat(projects.create(new Drafts.ProjectDraft(
                        project,
                        "Pieni hanke",
                        "STEA",
                        "",
                        today.minusYears(1).toString(),
                        today.plusYears(1).toString(),
                        "")))
                .isInstanceOf(fi.mittari.context.Recorded.Saved.class);
        goals.replace(project, List.of(new Drafts.GoalDraft("Vähintään 10 tilaisuutta", "events", "10", "")));
        catalog.load("prep-small.yaml", QUESTIONNAIRE);
        Campaign campaign = ((OpeningOutcome.Opened) opening.open(new OpenCampaign(
                        project, "prep-small", "Pieni kysely", Optional.empty(), Optional.of(project))))
                .campaign();
        // third sector 6, company 3, Kela 7 (16); the first respondent also leaves a name and a formula as feedback
        List<String> sectors = new ArrayList<>();
        sectors.add("third_sector");
        for (int i = 0; i < 3; i++) {
            sectors.add("company");
        }
        for (int i = 0; i < 7; i++) {
            sectors.add("kela");
        }
        for (int i = 0; i < 5; i++) {
            sectors.add("third_sector");
        }
        for (int i = 0; i < sectors.size(); i++) {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            answers.put("sector", List.of(sectors.get(i)));
            if (i == 0) {
                answers.put("name", List.of("Maija Meikäläinen"));
                answers.put("feedback", List.of("=HYPERLINK(\"http://x\")"));
            }
            submitting.submit(new Submission(
                    campaign, Language.FI, SubmissionKeys.fresh(), Channel.API, new SubmittedAnswers(answers)));
        }
    }

    @Test
    void aSmallRespondentGroupIsHiddenWithItsComplement() {
        Reach.ReachTable sectors = prepare(new ReportOptions(false, false, false)).reach().tables().stream()
                .filter(t -> t.who() == Reach.Who.RESPONDENTS && t.dimension() == Reach.Dimension.SECTOR)
                .findFirst()
                .orElseThrow();
        assertThat(sectors.total()).contains(16L);
        // company 3 < 5 is hidden; alone it would be 16 − 6 − 7, so the smallest other count (third sector 6) is
        // hidden too; Kela 7 of 16 = 0.4375 stays
        assertThat(sectors.rows())
                .extracting(Reach.ReachRow::key, Reach.ReachRow::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("third_sector", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("kela", Optional.of(7L)),
                        org.assertj.core.groups.Tuple.tuple("company", Optional.empty()));
        // a funder sees the small and the complementary cell marked alike: telling them apart narrows both down
        assertThat(sectors.rows().get(0).suppression().note()).contains("piilotettu");
        assertThat(sectors.rows().get(2).suppression().note()).contains("piilotettu");
        assertThat(sectors.rows().get(1).share().orElseThrow()).isEqualByComparingTo("0.4375");
    }

    @Test
    void dataRowsLeaveOutPersonalAnswersAndOpenTextUnlessAsked() {
        List<AnswerData.AnswerRow> closed = rows(prepare(new ReportOptions(false, true, false)));
        // one sector answer per respondent, numbered 1–16 in the order they came; no name, no feedback
        assertThat(closed).hasSize(16);
        assertThat(closed).extracting(AnswerData.AnswerRow::questionKey).containsOnly("sector");
        assertThat(closed)
                .extracting(AnswerData.AnswerRow::respondent)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        // anonymised: the 3 in a company are too few to show, merged with the next smallest group (third sector, 6)
        assertThat(closed.get(1).value()).isEqualTo("*");
        assertThat(closed.get(0).value()).isEqualTo("*");
        assertThat(closed.get(4).value()).isEqualTo("kela");
        AnswerData.Protection anonymised = prepare(new ReportOptions(false, true, false))
                .data()
                .orElseThrow()
                .protection();
        assertThat(anonymised.anonymised()).isTrue();
        assertThat(anonymised.mergedColumns())
                .extracting(AnswerData.CodebookEntry::questionKey)
                .containsExactly("sector");

        WorkbookContent withText = prepare(new ReportOptions(false, true, true));
        assertThat(withText.data().orElseThrow().codebook())
                .extracting(AnswerData.CodebookEntry::questionKey)
                .containsExactly("sector", "feedback");
        assertThat(withText.data().orElseThrow().protection().anonymised())
                .as("open text can name a person: pseudonymised")
                .isFalse();
        List<AnswerData.AnswerRow> open = rows(withText);
        assertThat(open).hasSize(17);
        // respondent 1's rows by question key: feedback before sector; the formula is only text in a value
        assertThat(open.get(0).questionKey()).isEqualTo("feedback");
        assertThat(open.get(0).respondent()).isEqualTo(1);
        assertThat(open.get(0).value()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(open).extracting(AnswerData.AnswerRow::value).doesNotContain("Maija Meikäläinen");
    }

    @Test
    void aScopeWithoutStoredValuesSaysSoInsteadOfFailing() {
        WorkbookContent content = prepare(new ReportOptions(false, false, false));
        SummaryRow events = content.summary().get(0);
        assertThat(events.value().value()).isEmpty();
        assertThat(events.suppression().suppressed()).isFalse();
        assertThat(events.suppression().note()).contains("ei laskettuja arvoja tälle ajanjaksolle");
        assertThat(events.target().orElseThrow()).isEqualByComparingTo("10");
        GoalResult goal = content.goals().get(0);
        assertThat(goal.pasteText())
                .startsWith("Tavoite: Vähintään 10 tilaisuutta. Toteutunut: ei arvoa (kerätty tieto, ");
        assertThat(content.activities().total().events()).isZero();
        assertThat(content.activities().total().meanPerEvent()).isEmpty();
    }

    private WorkbookContent prepare(ReportOptions options) {
        LocalDate today = LocalDate.now();
        ReportDefinition definition = new ReportDefinition(
                "small-" + project,
                "Pieni raportti",
                fi.mittari.report.ReportLanguage.FI,
                List.of(project),
                new ReportPeriod.Fixed(today.minusDays(1), today.plusDays(1)),
                List.of("events"),
                List.of(),
                new ReportDefinition.Contact("Liisa", Optional.empty(), Optional.empty()),
                ReportDefinition.Recipients.none(),
                Optional.empty(),
                options,
                Optional.empty(),
                "test",
                1);
        return preparing.prepare(definition, Instant.now(), today);
    }

    private static List<AnswerData.AnswerRow> rows(WorkbookContent content) {
        List<AnswerData.AnswerRow> rows = new ArrayList<>();
        content.data().orElseThrow().rows().forEach(rows::add);
        return rows;
    }
}
