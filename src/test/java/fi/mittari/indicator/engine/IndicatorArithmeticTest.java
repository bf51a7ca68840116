package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Filter;
import fi.mittari.indicator.definition.Measure.Quantity;
import fi.mittari.indicator.statistics.PairedChange;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Rounding, intervals and suppression of measured groups, with the default rule (counts 5, statistics 10). */
class IndicatorArithmeticTest {

    private final IndicatorArithmetic arithmetic = new IndicatorArithmetic(Suppression.withDefaults());

    private static final IndicatorDefinition RESPONSES = define(
            "responses",
            0,
            new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
            new Breakdown.ByDimension(Dimension.REGION));

    @Test
    void hidesASmallGroupAndTheSmallestOtherGroupSoNeitherFollowsFromTheTotal() {
        // 40 respondents: lappi 3 is a small count; shown alone, 40 − 12 − 25 would give it back, so the smallest
        // shown non-zero group (kainuu 12) is hidden too; uusimaa 25 and the empty group 0 stay
        var rows = arithmetic.rows(
                RESPONSES,
                "region",
                group("", 40),
                List.of(group("lappi", 3), group("kainuu", 12), group("uusimaa", 25), group("pirkanmaa", 0)));
        assertThat(rows)
                .extracting(IndicatorRow::suppression)
                .containsExactly(
                        Optional.of(SuppressionReason.SMALL_COUNT),
                        Optional.of(SuppressionReason.COMPLEMENTARY),
                        Optional.empty(),
                        Optional.empty());
        assertThat(rows.get(2).value()).contains(new BigDecimal("25"));
        assertThat(rows.get(3).value()).contains(new BigDecimal("0"));
    }

    @Test
    void storesNoFigureAtAllForAHiddenGroup() {
        IndicatorRow hidden =
                arithmetic.rows(RESPONSES, "", group("", 3), List.of()).get(0);
        assertThat(hidden.suppression()).contains(SuppressionReason.SMALL_COUNT);
        assertThat(hidden.value()).isEmpty();
        assertThat(hidden.n()).isEmpty();
        assertThat(hidden.numerator()).isEmpty();
        assertThat(hidden.interval()).isEmpty();
    }

    @Test
    void showsEventCountsHoweverSmallAsEventsAreNotPersons() {
        var events = define("events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()));
        assertThat(arithmetic.rows(events, "", group("", 2), List.of()).get(0).value())
                .contains(new BigDecimal("2"));
    }

    @Test
    void givesAShareItsWilsonIntervalAndHidesItOverASmallBase() {
        var share = define(
                "employed-share",
                4,
                new Measure.Proportion(
                        new Quantity.Respondents(),
                        new Filter.AnswerIn("outcome.employment_status", List.of("employed")),
                        Optional.empty()));
        // 17/64 = 0.265625 → 0.2656; Wilson (z = 1.96): centre (17/64 + z²/128) / (1 + z²/64) = 0.2789, half width
        // z·√(17/64 · 47/64 / 64 + z²/16384) / (1 + z²/64) = 0.1059 → 0.1730–0.3848
        IndicatorRow row =
                arithmetic.rows(share, "", shareGroup(17, 64), List.of()).get(0);
        assertThat(row.value()).contains(new BigDecimal("0.2656"));
        assertThat(row.interval().orElseThrow().lower()).isCloseTo(0.1730, within(1e-4));
        assertThat(row.interval().orElseThrow().upper()).isCloseTo(0.3848, within(1e-4));
        assertThat(arithmetic
                        .rows(share, "", shareGroup(6, 9), List.of())
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_BASE);
        assertThat(arithmetic
                        .rows(share, "", shareGroup(3, 40), List.of())
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void makesARatioOfPersonsAShareAndARatioOfOtherCountsAPlainQuotient() {
        var rate = define("employment-rate", 2, new Measure.Ratio("employed", "coached"));
        // 17 employed of 64 coached: 0.27 with the Wilson interval 0.1730–0.3848
        IndicatorRow employment = arithmetic.ratio(rate, count("employed", 17), count("coached", 64), true);
        assertThat(employment.value()).contains(new BigDecimal("0.27"));
        assertThat(employment.interval().orElseThrow().lower()).isCloseTo(0.1730, within(1e-4));
        // 1 290 participants over 30 events: 43.0, no interval
        var perEvent = define("per-event", 1, new Measure.Ratio("attendance", "events"));
        IndicatorRow participants = arithmetic.ratio(perEvent, count("attendance", 1290), count("events", 30), false);
        assertThat(participants.value()).contains(new BigDecimal("43.0"));
        assertThat(participants.interval()).isEmpty();
    }

    @Test
    void hidesARatioWhoseOperandIsHidden() {
        var rate = define("employment-rate", 2, new Measure.Ratio("employed", "coached"));
        IndicatorRow hiddenOperand =
                IndicatorRow.suppressed("employed", "", "", Optional.empty(), SuppressionReason.SMALL_COUNT);
        assertThat(arithmetic
                        .ratio(rate, hiddenOperand, count("coached", 64), true)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void reportsPairedChangeWithPairsAndPersonsLost() {
        var change = define("work-ability-change", 2, new Measure.PairedChange("outcome.work_ability", "b", "f"));
        // 11 paired persons: ten improve by 1 (4 → 5), one gets worse by 1 (5 → 4); P12 answered only the baseline.
        // Mean change (10 − 1) / 11 = 0.8182; differences: ten 1s and one −1, variance
        // (10 · 0.1818² + 1.8182²) / 10 = 0.3636, se √(0.3636 / 11) = 0.1818, t(10; 0.975) = 2.2281
        // → 0.8182 ± 0.4051 = 0.4131–1.2233
        Map<String, Integer> baseline = new java.util.LinkedHashMap<>();
        Map<String, Integer> followUp = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            baseline.put("P" + i, 4);
            followUp.put("P" + i, 5);
        }
        baseline.put("P11", 5);
        followUp.put("P11", 4);
        baseline.put("P12", 3);
        IndicatorRow row = arithmetic.change(change, "", "", Optional.empty(), PairedChange.of(baseline, followUp));
        assertThat(row.value()).contains(new BigDecimal("0.82"));
        assertThat(row.n()).contains(11L);
        assertThat(row.interval().orElseThrow().lower()).isCloseTo(0.4131, within(1e-4));
        assertThat(row.interval().orElseThrow().upper()).isCloseTo(1.2233, within(1e-4));
        // the paired persons' means: baseline (10 · 4 + 5) / 11 = 4.0909, follow-up (10 · 5 + 4) / 11 = 4.9091
        assertThat(row.extra())
                .contains("{\"pairs\":11,\"personsLost\":1,\"newAtFollowUp\":0,\"improved\":10,\"same\":0,"
                        + "\"worse\":1,\"baselineMean\":4.0909,\"followupMean\":4.9091}");
    }

    private static MeasuredGroup group(String key, long n) {
        return MeasuredGroup.of(key, Optional.empty(), n, BigDecimal.valueOf(n));
    }

    private static MeasuredGroup shareGroup(long numerator, long denominator) {
        return new MeasuredGroup(
                "",
                Optional.empty(),
                denominator,
                Optional.empty(),
                numerator,
                denominator,
                OptionalDouble.empty(),
                List.of());
    }

    private static IndicatorRow count(String code, long value) {
        return new IndicatorRow(
                code,
                "",
                "",
                Optional.empty(),
                Optional.of(BigDecimal.valueOf(value)),
                Optional.of(value),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
