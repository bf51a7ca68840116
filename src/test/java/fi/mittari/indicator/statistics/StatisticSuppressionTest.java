package fi.mittari.indicator.statistics;

import static fi.mittari.indicator.statistics.SuppressionReason.COMPLEMENTARY;
import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_BASE;
import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    void treatsAnEmploymentRateAsAShareAndProtectsOnlyPersonsInOtherRatios() {
        assertThat(defaults.ratio(RatioEstimate.ofSubset(17, 64), true, true).isSuppressed())
                .isFalse();
        assertThat(defaults.ratio(RatioEstimate.ofSubset(3, 64), true, true).suppressionReason())
                .contains(SMALL_COUNT);
        assertThat(defaults.ratio(RatioEstimate.ofSubset(6, 8), true, true).suppressionReason())
                .contains(SMALL_BASE);
        // 1 290 participants over 30 events: the events are no persons to protect
        assertThat(defaults.ratio(RatioEstimate.of(1290, 30), true, false).isSuppressed())
                .isFalse();
        // 3 participants over 2 events would give the 3 back; 3 organisations over 2 events describe no person
        assertThat(defaults.ratio(RatioEstimate.of(3, 2), true, false).suppressionReason())
                .contains(SMALL_COUNT);
        assertThat(defaults.ratio(RatioEstimate.of(3, 2), false, false).isSuppressed())
                .isFalse();
        assertThat(defaults.ratio(RatioEstimate.of(2, 3), false, true).suppressionReason())
                .contains(SMALL_COUNT);
    }

    @Test
    void hidesAFigureDerivedFromAHiddenCountForTheSameReason() {
        assertThat(defaults.derivedFrom(Cell.<Long>suppressed(COMPLEMENTARY), 22.4)
                        .suppressionReason())
                .contains(COMPLEMENTARY);
        assertThat(defaults.derivedFrom(Cell.shown(1166L), 22.4).shownValue()).contains(22.4);
    }

    @Test
    void hidesASmallMinimumMedianOrMaximumOfPersonsPerUnitEvenUnderAShownTotal() {
        assertThat(defaults.personsPerUnit(Cell.shown(40L), 4).suppressionReason())
                .contains(SMALL_COUNT);
        assertThat(defaults.personsPerUnit(Cell.shown(40L), 4.5).suppressionReason())
                .contains(SMALL_COUNT);
        assertThat(defaults.personsPerUnit(Cell.shown(40L), 0).shownValue()).contains(0.0);
        assertThat(defaults.personsPerUnit(Cell.shown(40L), 5).shownValue()).contains(5.0);
        assertThat(defaults.personsPerUnit(Cell.<Long>suppressed(SMALL_COUNT), 30)
                        .suppressionReason())
                .contains(SMALL_COUNT);
    }

    @Test
    void hidesTheSmallDetailsOfAChangeAsARowWithThePairsAndThePersonsLostOnTheirOwn() {
        // 20 pairs: 2 improved, 10 the same, 8 worse; 2 lost, none new at follow-up. Improved 2 alone would be
        // 20 − 10 − 8, so the smallest other (worse 8) is hidden too
        var change = new PairedChange(20, 2, 0, Optional.empty(), Optional.empty(), Optional.empty(), 2, 10, 8);
        ChangeDetails details = defaults.details(change);
        assertThat(details.improved().suppressionReason()).contains(SMALL_COUNT);
        assertThat(details.worse().suppressionReason()).contains(COMPLEMENTARY);
        assertThat(details.same().shownValue()).contains(10L);
        assertThat(details.lost().suppressionReason()).contains(SMALL_COUNT);
        assertThat(details.newAtFollowUp().shownValue()).contains(0L);
    }

    @Test
    void protectsTheNumeratorsAndTheDenominatorsOfABreakdownsSharesEachAsARowWithTheTotal() {
        // numerators 3, 15 and 12 of the total's 30: 3 is small and 12 its complement; denominators are all shown
        var shares = defaults.groupShares(
                List.of(ProportionEstimate.of(3, 20), ProportionEstimate.of(15, 30), ProportionEstimate.of(12, 25)),
                ProportionEstimate.of(30, 75));
        assertThat(shares)
                .extracting(Cell::suppressionReason)
                .containsExactly(Optional.of(SMALL_COUNT), Optional.empty(), Optional.of(COMPLEMENTARY));
        // denominators 4, 30 and 41 of 75: the share over 4 is hidden, and so is the one over 30, its complement
        var byBase = defaults.groupShares(
                List.of(ProportionEstimate.of(0, 4), ProportionEstimate.of(10, 30), ProportionEstimate.of(20, 41)),
                ProportionEstimate.of(30, 75));
        assertThat(byBase)
                .extracting(Cell::suppressionReason)
                .containsExactly(Optional.of(SMALL_COUNT), Optional.of(COMPLEMENTARY), Optional.empty());
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
