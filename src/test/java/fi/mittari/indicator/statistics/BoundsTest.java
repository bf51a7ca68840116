package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void movesEachEndOfAnIntervalToTheBoundItPasses() {
        Interval interval = Interval.of95(-1.5, 11.25);
        assertThat(interval.within(Bounds.between(0, 10))).isEqualTo(Interval.of95(0, 10));
        assertThat(interval.within(Bounds.atLeast(0))).isEqualTo(Interval.of95(0, 11.25));
        assertThat(interval.within(Bounds.NONE)).isEqualTo(interval);
        assertThat(Interval.of95(2, 3).within(Bounds.between(1, 5))).isEqualTo(Interval.of95(2, 3));
    }

    @Test
    void takesTheWidestOfTwoDeclarationsAndKeepsAnEndOpenInEither() {
        // a 1–5 scale in one questionnaire version and a 0–10 scale in the next: answers anywhere in 0–10
        assertThat(Bounds.between(1, 5).widest(Bounds.between(0, 10))).isEqualTo(Bounds.between(0, 10));
        // a number question with min 0 and no max beside a 0–10 rating: at least 0, no upper end
        assertThat(Bounds.atLeast(0).widest(Bounds.between(0, 10))).isEqualTo(Bounds.atLeast(0));
        assertThat(Bounds.between(1, 5).widest(Bounds.NONE)).isEqualTo(Bounds.NONE);
    }

    @Test
    void refusesALowerEndAboveTheUpperEnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Bounds(OptionalDouble.of(10), OptionalDouble.of(0)))
                .withMessageContaining("10.0, 0.0");
    }
}
