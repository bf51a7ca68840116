package fi.mittari.indicator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {

    @Test
    void takesTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertThat(Medians.of(List.of(7L, 1L, 4L))).isEqualTo(4.0);
        // two middle events of 0 and 1 person: 0.5, which pins both (docs/indicators.md, rule 4)
        assertThat(Medians.of(List.of(0L, 0L, 1L, 9L))).isEqualTo(0.5);
        assertThat(Medians.of(4.0, 5.0)).isEqualTo(4.5);
    }

    @Test
    void refusesNoValuesRatherThanGivingANumber() {
        assertThatThrownBy(() -> Medians.of(List.<Long>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
