package fi.mittari.indicator.statistics;

import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_BASE;
import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shares, ratios, means and changes on their own. */
class StatisticSuppressionTest {

    private final Suppression defaults = Suppression.withDefaults();

    @Test
    void showsAShareOverEnoughPersons() {
        assertThat(defaults.share(ProportionEstimate.of(19, 36)).shownValue()).contains(ProportionEstimate.of(19, 36));
    }

    @Test
    void hidesAShareOverFewerThanTenPersons() {
        assertThat(defaults.share(ProportionEstimate.of(5, 9)).suppressionReason())
                .contains(SMALL_BASE);
        assertThat(defaults.share(ProportionEstimate.of(5, 10)).isSuppressed()).isFalse();
    }

    @Test
    void hidesAShareWhoseCountIsSmallBecauseTheShareAndItsBaseWouldGiveItBack() {
        assertThat(defaults.share(ProportionEstimate.of(3, 40)).suppressionReason())
                .contains(SMALL_COUNT);
    }

    @Test
    void treatsAnEmploymentRateAsAShareAndAPerEventRatioAsACount() {
        assertThat(defaults.ratio(RatioEstimate.ofSubset(17, 64)).isSuppressed())
                .isFalse();
        assertThat(defaults.ratio(RatioEstimate.ofSubset(3, 64)).suppressionReason())
                .contains(SMALL_COUNT);
        assertThat(defaults.ratio(RatioEstimate.ofSubset(6, 8)).suppressionReason())
                .contains(SMALL_BASE);
        // 1 290 participants over 30 events: the events are no persons to protect
        assertThat(defaults.ratio(RatioEstimate.of(1290, 30)).isSuppressed()).isFalse();
    }

    @Test
    void hidesAMeanOverFewerThanTenPersons() {
        assertThat(defaults.mean(meanOf(9)).suppressionReason()).contains(SMALL_BASE);
        assertThat(defaults.mean(meanOf(10)).shownValue()).isPresent();
    }

    @Test
    void hidesAChangeOverFewerThanTenPairsWhateverTheWavesSizes() {
        // 20 at baseline, 9 of them again at follow-up
        Map<String, Integer> baseline = persons(20);
        Map<String, Integer> followUp = persons(9);

        assertThat(defaults.change(PairedChange.of(baseline, followUp)).suppressionReason())
                .contains(SMALL_BASE);
        assertThat(defaults.change(PairedChange.of(baseline, persons(10))).isSuppressed())
                .isFalse();
    }

    @Test
    void followsTheInstallationsMinimumForStatistics() {
        var strict = new Suppression(new SuppressionRule(5, 20));

        assertThat(strict.share(ProportionEstimate.of(10, 19)).suppressionReason())
                .contains(SMALL_BASE);
        assertThat(strict.mean(meanOf(19)).suppressionReason()).contains(SMALL_BASE);
        assertThat(defaults.mean(meanOf(19)).isSuppressed()).isFalse();
    }

    @Test
    void rejectsThresholdsBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SuppressionRule(0, 10))
                .withMessageContaining("at least 1");
    }

    private static MeanEstimate meanOf(int persons) {
        return MeanEstimate.of(Collections.nCopies(persons, 3)).orElseThrow();
    }

    private static Map<String, Integer> persons(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toMap(i -> "p" + i, i -> 3));
    }
}
