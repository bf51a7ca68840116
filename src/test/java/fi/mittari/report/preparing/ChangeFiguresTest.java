package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.report.content.Figure;
import fi.mittari.report.workbook.SignedCells;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A paired change is a figure of its own kind wherever it is shown, so that the Summary writes it with its sign. */
class ChangeFiguresTest {

    @Test
    void aPairedChangeIsAChangeFigureThatTheSummaryShowsWithItsSign() {
        Figure rise = IndicatorFigures.figure(change(), Optional.of(new BigDecimal("0.6")));
        Figure fall = IndicatorFigures.figure(change(), Optional.of(new BigDecimal("-0.6")));
        assertThat(rise.format()).isEqualTo(Figure.Format.CHANGE);
        assertThat(SignedCells.shown(rise)).isEqualTo("+0.6");
        assertThat(SignedCells.shown(fall)).isEqualTo("\u22120.6");
    }

    private static IndicatorDefinition change() {
        return new IndicatorDefinition(
                "work_ability_change",
                LocalizedText.of(Language.FI, "Työkyvyn muutos"),
                LocalizedText.of(Language.FI, "Muutos"),
                LocalizedText.of(Language.FI, "pistettä"),
                1,
                DataBasis.SAMPLE,
                new Measure.PairedChange("outcome.work_ability", "coaching-baseline", "coaching-followup"),
                Population.everything(),
                List.of(),
                List.of(),
                "test.yaml");
    }
}
