package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedChangeTest {

    /** Baseline of six persons; "p6" does not answer the follow-up, "p7" answers only the follow-up. */
    private static final Map<String, Integer> BASELINE = Map.of("p1", 2, "p2", 3, "p3", 3, "p4", 4, "p5", 2, "p6", 5);

    private static final Map<String, Integer> FOLLOW_UP = Map.of("p1", 4, "p2", 3, "p3", 5, "p4", 3, "p5", 4, "p7", 4);

    @Test
    void pairsOnlyPersonsInBothWavesAndCountsThoseLost() {
        var change = PairedChange.of(BASELINE, FOLLOW_UP);

        assertThat(change.pairs()).isEqualTo(5);
        assertThat(change.personsLost()).isEqualTo(1);
        assertThat(change.newAtFollowUp()).isEqualTo(1);
    }

    @Test
    void meanChangeHasThePairedTIntervalWorkedOutByHand() {
        // pairs p1..p5: baseline 2 3 3 4 2 (mean 14/5 = 2.8), follow-up 4 3 5 3 4 (mean 19/5 = 3.8)
        // differences 2 0 2 −1 2: mean 1.0; deviations 1 −1 1 −2 1, squares sum 8, variance 8/4 = 2
        // standard error sqrt(2/5) = 0.632456; t(0.975, 4 df) = 2.776445; half-width 1.755978
        // → −0.755978 … 2.755978
        var change = PairedChange.of(BASELINE, FOLLOW_UP);

        assertThat(change.baseline().orElseThrow().mean()).isCloseTo(2.8, within(1e-9));
        assertThat(change.followUp().orElseThrow().mean()).isCloseTo(3.8, within(1e-9));
        var difference = change.change().orElseThrow();
        assertThat(difference.n()).isEqualTo(5);
        assertThat(difference.mean()).isCloseTo(1.0, within(1e-9));
        var interval = difference.interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(-0.7560, within(0.00005));
        assertThat(interval.upper()).isCloseTo(2.7560, within(0.00005));
    }

    @Test
    void countsImprovedSameAndWorseWhereHigherIsBetter() {
        var change = PairedChange.of(BASELINE, FOLLOW_UP);

        assertThat(change.improved()).isEqualTo(3);
        assertThat(change.same()).isEqualTo(1);
        assertThat(change.worse()).isEqualTo(1);
    }

    @Test
    void countsADecreaseAsImprovementWhereLowerIsBetter() {
        // sick days: p1 10 → 4 better, p2 3 → 3 same, p3 0 → 2 worse
        var change = PairedChange.of(
                Map.of("p1", 10, "p2", 3, "p3", 0), Map.of("p1", 4, "p2", 3, "p3", 2), PairedChange.Better.LOWER);

        assertThat(change.improved()).isEqualTo(1);
        assertThat(change.same()).isEqualTo(1);
        assertThat(change.worse()).isEqualTo(1);
        assertThat(change.change().orElseThrow().mean()).isCloseTo(-4.0 / 3, within(1e-9));
    }

    @Test
    void nobodyInBothWavesGivesNoChangeRatherThanZero() {
        var change = PairedChange.of(Map.of("p1", 3), Map.of("p2", 4));

        assertThat(change.pairs()).isZero();
        assertThat(change.personsLost()).isEqualTo(1);
        assertThat(change.change()).isEmpty();
        assertThat(change.baseline()).isEmpty();
    }

    @Test
    void aSinglePairHasAChangeButNoInterval() {
        var change = PairedChange.of(Map.of("p1", 3), Map.of("p1", 5));

        assertThat(change.change().orElseThrow().mean()).isEqualTo(2.0);
        assertThat(change.change().orElseThrow().interval()).isEmpty();
    }
}
