package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ProportionEstimateTest {

    /** Four decimals, as the issue asks: a bound is right when it rounds to the hand-worked value. */
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    @Test
    void seventeenOfSixtyFourHasTheWilsonIntervalWorkedOutByHand() {
        // p̂ = 17/64 = 0.265625, z = 1.959964, z² = 3.841459, n = 64
        // denominator 1 + z²/n = 1.060023
        // centre = (p̂ + z²/2n) / 1.060023 = (0.265625 + 0.030011) / 1.060023 = 0.278896
        // half-width = z·sqrt(p̂(1−p̂)/n + z²/4n²) / 1.060023 = 1.959964·sqrt(0.003050 + 0.000234) / 1.060023 =
        // 0.105932
        // → 0.172964 … 0.384829, i.e. 0.1730–0.3848
        var estimate = ProportionEstimate.of(17, 64);

        assertThat(estimate.n()).isEqualTo(64);
        assertThat(estimate.numerator()).isEqualTo(17);
        assertThat(estimate.share()).hasValueCloseTo(0.265625, within(1e-12));
        var interval = estimate.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(0.1730, FOUR_DECIMALS);
        assertThat(interval.upper()).isCloseTo(0.3848, FOUR_DECIMALS);
        assertThat(interval.level()).isEqualTo(0.95);
    }

    @Test
    void nineteenOfThirtySixRespondentsFindingPartnersIsFiftyThreePercentWithItsWilsonInterval() {
        // p̂ = 19/36 = 0.527778, 1 + z²/n = 1.106707
        // centre = (0.527778 + 3.841459/72) / 1.106707 = (0.527778 + 0.053354) / 1.106707 = 0.525099
        // half-width = 1.959964·sqrt(0.527778·0.472222/36 + 3.841459/5184) / 1.106707
        //            = 1.959964·sqrt(0.006923 + 0.000741) / 1.106707 = 0.155040
        // → 0.370059 … 0.680140, i.e. 0.3701–0.6801
        var estimate = ProportionEstimate.of(19, 36);

        assertThat(estimate.share()).hasValueCloseTo(0.5278, FOUR_DECIMALS);
        var interval = estimate.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(0.3701, FOUR_DECIMALS);
        assertThat(interval.upper()).isCloseTo(0.6801, FOUR_DECIMALS);
    }

    @Test
    void noneOfTenHasLowerBoundExactlyZeroAndAnUpperBoundAboveIt() {
        // p̂ = 0: centre = half-width = (z²/2n)/(1 + z²/n) = 0.192073 / 1.384146 = 0.138766 → 0 … 0.277533
        var interval = ProportionEstimate.of(0, 10).interval().orElseThrow();

        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isCloseTo(0.2775, FOUR_DECIMALS);
    }

    @Test
    void allOfTenHasUpperBoundExactlyOneAndALowerBoundBelowIt() {
        // mirror of 0/10: 1 − 0.277533 = 0.722467 … 1
        var interval = ProportionEstimate.of(10, 10).interval().orElseThrow();

        assertThat(interval.lower()).isCloseTo(0.7225, FOUR_DECIMALS);
        assertThat(interval.upper()).isEqualTo(1.0);
    }

    @Test
    void anEmptyDenominatorHasNoShareAndNoIntervalRatherThanZero() {
        var estimate = ProportionEstimate.of(0, 0);

        assertThat(estimate.share()).isEmpty();
        assertThat(estimate.interval()).isEmpty();
        assertThat(estimate.n()).isZero();
    }

    @Test
    void rejectsNegativeCountsAndANumeratorLargerThanItsDenominator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProportionEstimate.of(-1, 10))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProportionEstimate.of(1, -10))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProportionEstimate.of(11, 10))
                .withMessageContaining("numerator (11) cannot exceed its denominator (10)");
    }
}
