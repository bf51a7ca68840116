package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeanEstimateTest {

    @Test
    void participantsPerEventHaveTheMeanSpreadAndTIntervalWorkedOutByHand() {
        // 20, 25, 86, 22, 19, 23: sum 195, n 6, mean 32.5
        // deviations −12.5, −7.5, 53.5, −10.5, −13.5, −9.5; squares sum 3457.5; variance 3457.5/5 = 691.5
        // sd = sqrt(691.5) = 26.296388; standard error = 26.296388/sqrt(6) = 10.735455
        // t(0.975, 5 df) = 2.570582; half-width = 27.596366 → 4.903634 … 60.096366
        // sorted 19 20 22 23 25 86: median (22 + 23)/2 = 22.5
        var estimate = MeanEstimate.of(List.of(20, 25, 86, 22, 19, 23)).orElseThrow();

        assertThat(estimate.n()).isEqualTo(6);
        assertThat(estimate.mean()).isCloseTo(32.5, within(1e-9));
        assertThat(estimate.standardDeviation()).hasValueCloseTo(26.2964, within(0.00005));
        assertThat(estimate.median()).isEqualTo(22.5);
        assertThat(estimate.min()).isEqualTo(19);
        assertThat(estimate.max()).isEqualTo(86);
        var interval = estimate.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(4.9036, within(0.00005));
        assertThat(interval.upper()).isCloseTo(60.0964, within(0.00005));
    }

    @Test
    void acceptsDecimalValues() {
        // 1.5, 2.5 → mean 2, median 2, sd sqrt(0.5) = 0.707107
        var estimate = MeanEstimate.of(List.of(new BigDecimal("1.5"), new BigDecimal("2.5")))
                .orElseThrow();

        assertThat(estimate.mean()).isEqualTo(2.0);
        assertThat(estimate.standardDeviation()).hasValueCloseTo(0.7071, within(0.00005));
    }

    @Test
    void aSingleValueHasAMeanButNoSpreadAndNoInterval() {
        var estimate = MeanEstimate.of(List.of(86)).orElseThrow();

        assertThat(estimate.n()).isEqualTo(1);
        assertThat(estimate.mean()).isEqualTo(86);
        assertThat(estimate.standardDeviation()).isEmpty();
        assertThat(estimate.interval()).isEmpty();
    }

    @Test
    void noValuesGiveNoEstimateRatherThanAMeanOfZero() {
        assertThat(MeanEstimate.of(List.of())).isEmpty();
    }

    @Test
    void rejectsMissingAndNonFiniteValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeanEstimate.of(Arrays.asList(1.0, null)))
                .withMessageContaining("missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeanEstimate.of(List.of(1.0, Double.NaN)))
                .withMessageContaining("finite");
    }
}
