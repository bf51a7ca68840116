package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.Project;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Figure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A share's goal is stored as a fraction (50 % is 0.5), whether typed as a percentage in the staff form or written as
 * one in an indicator file: the workbook shows it as a share and measures progress from the baseline to it.
 */
class ShareGoalFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 12, 31);

    private final IndicatorFigures figures =
            new IndicatorFigures(new ReportTexts(ReportLanguage.FI, SuppressionRule.DEFAULT), null);

    @Test
    void aSharesTargetWrittenAsSixtyPerCentIsSixtyPerCentInTheTargetCellAndProgressCountsFromTheBaseline() {
        IndicatorDefinition share = new IndicatorDefinitionReader()
                .read(
                        "keko.yaml",
                        """
                        indicators:
                          - code: third_sector_share
                            name: {fi: Osuus, sv: Andel, en: Share}
                            definition: {fi: Osuus, sv: Andel, en: Share}
                            decimals: 3
                            basis: collected
                            measure: {proportion: attendance, numerator: {sector: [third_sector]}}
                            targets: [{project: keko, value: 60, baseline: 50}]
                        """)
                .definitions()
                .get(0)
                .definition();

        var target = share.targetFor("keko").orElseThrow();
        GoalProgress goal = new GoalProgress(
                "",
                share.code(),
                share.name(),
                share.unit(),
                share.decimals(),
                true,
                target.baseline().orElseThrow(),
                Optional.of(target.value()),
                Optional.of(new BigDecimal("0.560")),
                false);

        var summary = figures.summary(scope(new BigDecimal("0.560")), share, List.of(goal));
        // the cell holds 0.6 in the share's percent format (60.0 %), not 60 (6000 %)
        assertThat(summary.value().format()).isEqualTo(Figure.Format.SHARE);
        assertThat(summary.target().orElseThrow()).isEqualByComparingTo("0.6");
        assertThat(summary.baseline().orElseThrow()).isEqualByComparingTo("0.5");
        // (0.56 − 0.50) ÷ (0.60 − 0.50)
        assertThat(summary.progress().orElseThrow()).isEqualByComparingTo("0.6");
    }

    @Test
    void aSharesTargetOfHalfIsFiftyPerCentAndProgressIsTheWayFromBaselineToTarget() {
        IndicatorDefinition share = share();
        ProjectScope scope = scope(new BigDecimal("0.560"));
        GoalProgress goal = new GoalProgress(
                "Puolet kolmannelta sektorilta",
                share.code(),
                share.name(),
                share.unit(),
                share.decimals(),
                true,
                new BigDecimal("0.4"),
                Optional.of(new BigDecimal("0.5")),
                Optional.of(new BigDecimal("0.560")),
                false);

        var summary = figures.summary(scope, share, List.of(goal));
        assertThat(summary.value().format()).isEqualTo(Figure.Format.SHARE);
        assertThat(summary.target().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(summary.baseline().orElseThrow()).isEqualByComparingTo("0.4");
        // (0.56 − 0.4) / (0.5 − 0.4) = 1.6, as docs/indicators.md "Targets" and the staff pages compute it
        assertThat(summary.progress().orElseThrow()).isEqualByComparingTo("1.6");

        var result = figures.goal(scope, goal, Optional.of(share));
        assertThat(result.actual().format()).isEqualTo(Figure.Format.SHARE);
        assertThat(result.target().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(result.pasteText()).contains("56,0 %");
    }

    private static IndicatorDefinition share() {
        return new IndicatorDefinition(
                "third_sector_share",
                LocalizedText.of(Language.FI, "Kolmannen sektorin osuus"),
                LocalizedText.of(Language.FI, "Osuus osallistujista"),
                LocalizedText.of(Language.FI, "%"),
                3,
                DataBasis.COLLECTED,
                new Measure.Proportion(
                        new Quantity.Attendance(),
                        new Filter.DimensionIn(Dimension.SECTOR, List.of("third_sector")),
                        Optional.empty()),
                Population.everything(),
                List.of(),
                List.of(),
                "test.yaml");
    }

    private static ProjectScope scope(BigDecimal value) {
        Project project = new Project(1L, "keko", "KeKo", "STEA", Instant.EPOCH, null, FROM, TO, null);
        var total = new StoredIndicatorValue(
                "keko",
                FROM,
                TO,
                "third_sector_share",
                "",
                "",
                Optional.empty(),
                Optional.of(value),
                Optional.of(1290L),
                Optional.of(722L),
                Optional.of(1290L),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Instant.EPOCH,
                1L);
        return new ProjectScope(project, new IndicatorScope(Optional.of("keko"), FROM, TO), List.of(total));
    }
}
