package fi.mittari.indicator.progress;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.Target;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A share's target written in an indicator file as a percentage is measured against the share's stored fraction. */
class ShareTargetProgressTest {

    @Test
    void aShareOfFiftySixPerCentIsSixtyPerCentOfTheWayFromFiftyToSixtyPerCent() {
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
        Target target = share.targetFor("keko").orElseThrow();

        var goal = new GoalProgress(
                "",
                share.code(),
                share.name(),
                share.unit(),
                share.decimals(),
                MeasuringProgress.isShare(share.measure()),
                target.baseline().orElseThrow(),
                Optional.of(target.value()),
                Optional.of(new BigDecimal("0.560")),
                false);

        // (0.56 − 0.50) ÷ (0.60 − 0.50); with 60 and 50 taken as written it would be (0.56 − 50) ÷ 10, below −4
        assertThat(goal.progress().orElseThrow()).isEqualByComparingTo("0.6");
        assertThat(goal.barPercent()).isEqualTo(60);
        assertThat(goal.reached()).isFalse();
    }
}
