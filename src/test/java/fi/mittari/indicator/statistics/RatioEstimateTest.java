package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioEstimateTest {

    @Test
    void employmentRateOfSeventeenEmployedOfSixtyFourCoachedIsPointTwoSevenWithTheWilsonInterval() {
        // 17 / 64 = 0.265625 → 0.27 to two decimals; employed ⊆ coached, so Wilson 0.1730–0.3848 (see
        // ProportionEstimateTest for the arithmetic)
        var rate = RatioEstimate.ofSubset(17, 64);

        assertThat(rate.rounded(2)).contains(new BigDecimal("0.27"));
        assertThat(rate.value()).hasValueCloseTo(0.265625, within(1e-12));
        var interval = rate.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(0.1730, within(0.00005));
        assertThat(interval.upper()).isCloseTo(0.3848, within(0.00005));
    }

    @Test
    void aRatioOfUnrelatedCountsHasNoInterval() {
        // 1 290 participants / 30 events = 43.0
        var perEvent = RatioEstimate.of(1290, 30);

        assertThat(perEvent.rounded(1)).contains(new BigDecimal("43.0"));
        assertThat(perEvent.interval()).isEmpty();
    }

    @Test
    void roundsHalfUpFromTheExactCounts() {
        // 1 / 8 = 0.125 exactly: half up gives 0.13 (binary floating point would be at the mercy of 0.12499…)
        assertThat(RatioEstimate.of(1, 8).rounded(2)).contains(new BigDecimal("0.13"));
    }

    @Test
    void anEmptyDenominatorGivesNoRatio() {
        var rate = RatioEstimate.ofSubset(0, 0);

        assertThat(rate.value()).isEmpty();
        assertThat(rate.rounded(2)).isEmpty();
        assertThat(rate.interval()).isEmpty();
    }

    @Test
    void rejectsASubsetLargerThanItsWhole() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RatioEstimate.ofSubset(65, 64))
                .withMessageContaining("subset");
    }
}
