package fi.mittari.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void describesItemsDoneOfTheTotalWithFinnishDigitGroups() {
        assertThat(new Progress(412, 1000).describe()).isEqualTo("412 of 1 000 items");
        assertThat(new Progress(1, 1).describe()).isEqualTo("1 of 1 item");
        assertThat(new Progress(123456, 2000000).describe()).isEqualTo("123 456 of 2 000 000 items");
    }

    @Test
    void percentIsRoundedDownSoOnlyAFinishedRunShowsAHundred() {
        assertThat(new Progress(412, 1000).percent()).isEqualTo(41);
        assertThat(new Progress(999, 1000).percent()).isEqualTo(99);
        assertThat(new Progress(0, 0).percent()).isEqualTo(100);
    }

    @Test
    void moreDoneThanAnnouncedShowsAsComplete() {
        assertThat(new Progress(1100, 1000)).isEqualTo(new Progress(1000, 1000));
        assertThatThrownBy(() -> new Progress(-1, 10)).hasMessageContaining("never negative");
    }

    @Test
    void stepsAddUp() {
        assertThat(new Progress(3, 10).plus(new Progress(5, 5))).isEqualTo(new Progress(8, 15));
    }
}
