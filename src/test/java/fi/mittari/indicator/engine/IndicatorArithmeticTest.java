package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static fi.mittari.indicator.engine.Definitions.sampled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.statistics.Bounds;
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

    private static final Measure COACHED =
            new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty());
    private static final Measure ATTENDANCE = new Measure.Sum(new Quantity.Attendance());
    private static final Measure EVENTS = new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty());
    private static final Measure ORGANISATIONS =
            new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty());

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
                List.of(group("lappi", 3), group("kainuu", 12), group("uusimaa", 25), group("pirkanmaa", 0)),
                Bounds.NONE);
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
        IndicatorRow hidden = arithmetic
                .rows(RESPONSES, "", group("", 3), List.of(), Bounds.NONE)
                .get(0);
        assertThat(hidden.suppression()).contains(SuppressionReason.SMALL_COUNT);
        assertThat(hidden.value()).isEmpty();
        assertThat(hidden.n()).isEmpty();
        assertThat(hidden.numerator()).isEmpty();
        assertThat(hidden.interval()).isEmpty();
    }

    @Test
    void showsEventCountsHoweverSmallAsEventsAreNotPersons() {
        var events = define("events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()));
        assertThat(arithmetic
                        .rows(events, "", group("", 2), List.of(), Bounds.NONE)
                        .get(0)
                        .value())
                .contains(new BigDecimal("2"));
    }

    @Test
    void givesAShareOfASampleItsWilsonIntervalAndHidesItOverASmallBase() {
        var share = sampled(define(
                "employed-share",
                4,
                new Measure.Proportion(
                        new Quantity.Respondents(),
                        new Filter.AnswerIn("outcome.employment_status", List.of("employed")),
                        Optional.empty())));
        // 17/64 = 0.265625 → 0.2656; Wilson (z = 1.96): centre (17/64 + z²/128) / (1 + z²/64) = 0.2789, half width
        // z·√(17/64 · 47/64 / 64 + z²/16384) / (1 + z²/64) = 0.1059 → 0.1730–0.3848
        IndicatorRow row = arithmetic
                .rows(share, "", shareGroup(17, 64), List.of(), Bounds.NONE)
                .get(0);
        assertThat(row.value()).contains(new BigDecimal("0.2656"));
        assertThat(row.interval().orElseThrow().lower()).isCloseTo(0.1730, within(1e-4));
        assertThat(row.interval().orElseThrow().upper()).isCloseTo(0.3848, within(1e-4));
        assertThat(arithmetic
                        .rows(share, "", shareGroup(6, 9), List.of(), Bounds.NONE)
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_BASE);
        assertThat(arithmetic
                        .rows(share, "", shareGroup(3, 40), List.of(), Bounds.NONE)
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void makesARatioOfPersonsAShareAndARatioOfOtherCountsAPlainQuotient() {
        var rate = sampled(define("employment-rate", 2, new Measure.Ratio("employed", "coached")));
        // 17 employed of 64 coached: 0.27 with the Wilson interval 0.1730–0.3848
        IndicatorRow employment = arithmetic.ratio(rate, count("employed", 17), COACHED, count("coached", 64), COACHED);
        assertThat(employment.value()).contains(new BigDecimal("0.27"));
        assertThat(employment.interval().orElseThrow().lower()).isCloseTo(0.1730, within(1e-4));
        // 1 290 participants over 30 events: 43.0, no interval
        var perEvent = define("per-event", 1, new Measure.Ratio("attendance", "events"));
        IndicatorRow participants =
                arithmetic.ratio(perEvent, count("attendance", 1290), ATTENDANCE, count("events", 30), EVENTS);
        assertThat(participants.value()).contains(new BigDecimal("43.0"));
        assertThat(participants.interval()).isEmpty();
    }

    @Test
    void hidesARatioOfPersonsOverNoOneAsAShareOverASmallBaseButLeavesARatioOverNoEventsWithoutAValue() {
        var rate = define("employment-rate", 2, new Measure.Ratio("employed", "coached"));
        IndicatorRow noneCoached = arithmetic.ratio(rate, count("employed", 0), COACHED, count("coached", 0), COACHED);
        assertThat(noneCoached.suppression()).contains(SuppressionReason.SMALL_BASE);
        var perEvent = define("per-event", 1, new Measure.Ratio("attendance", "events"));
        IndicatorRow noEvents =
                arithmetic.ratio(perEvent, count("attendance", 0), ATTENDANCE, count("events", 0), EVENTS);
        assertThat(noEvents.suppression()).isEmpty();
        assertThat(noEvents.value()).isEmpty();
        assertThat(noEvents.numerator()).isEmpty();
    }

    @Test
    void hidesARatioWhoseOperandIsHidden() {
        var rate = define("employment-rate", 2, new Measure.Ratio("employed", "coached"));
        IndicatorRow hiddenOperand =
                IndicatorRow.suppressed("employed", "", "", Optional.empty(), SuppressionReason.SMALL_COUNT);
        assertThat(arithmetic
                        .ratio(rate, hiddenOperand, COACHED, count("coached", 64), COACHED)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void reportsPairedChangeWithPairsAndOnlyTheDetailsThatHideNoSmallGroup() {
        var change =
                sampled(define("work-ability-change", 2, new Measure.PairedChange("outcome.work_ability", "b", "f")));
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
        IndicatorRow row =
                new ChangeArithmetic(Suppression.withDefaults()).change(change, PairedChange.of(baseline, followUp));
        assertThat(row.value()).contains(new BigDecimal("0.82"));
        assertThat(row.n()).contains(11L);
        assertThat(row.interval().orElseThrow().lower()).isCloseTo(0.4131, within(1e-4));
        assertThat(row.interval().orElseThrow().upper()).isCloseTo(1.2233, within(1e-4));
        // the paired persons' means: baseline (10 · 4 + 5) / 11 = 4.0909, follow-up (10 · 5 + 4) / 11 = 4.9091.
        // 1 lost is a small count; worse 1 of 11 pairs is too, and improved 10 would give it back (11 − 10 − 0), so
        // both are left out; same 0 and new at follow-up 0 describe nobody
        assertThat(row.extra())
                .contains("{\"pairs\":11,\"newAtFollowUp\":0,\"same\":0,"
                        + "\"baselineMean\":4.0909,\"followupMean\":4.9091}");
    }

    @Test
    void showsARatioOfOrganisationsToEventsHoweverFewAsNeitherArePersons() {
        var perEvent = define("organisations-per-event", 2, new Measure.Ratio("actors", "events"));
        IndicatorRow row = arithmetic.ratio(perEvent, count("actors", 3), ORGANISATIONS, count("events", 2), EVENTS);
        assertThat(row.suppression()).isEmpty();
        assertThat(row.value()).contains(new BigDecimal("1.50"));
    }

    @Test
    void hidesARatioOfPersonsToEventsWhenItsPersonsAreFew() {
        var perEvent = define("per-event", 1, new Measure.Ratio("attendance", "events"));
        IndicatorRow row = arithmetic.ratio(perEvent, count("attendance", 3), ATTENDANCE, count("events", 1), EVENTS);
        assertThat(row.suppression()).contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void hidesTheMeanPerEventOfEveryGroupWhoseAttendanceTheSumRowHides() {
        var mean = define(
                "per-event",
                1,
                new Measure.Summary(Measure.Statistic.MEAN, new Quantity.Attendance()),
                new Breakdown.ByDimension(Dimension.REGION));
        // lappi: one event of 3 (3.0 × 1 would be its attendance, a small count); kainuu 30 over 2 events would give
        // lappi back as 93 − 30 − 60, so it is hidden as the complementary cell; uusimaa 60 over 3 events stays
        var rows = arithmetic.rows(
                mean,
                "region",
                perEvent("", 6, 93),
                List.of(perEvent("lappi", 1, 3), perEvent("kainuu", 2, 30), perEvent("uusimaa", 3, 60)),
                Bounds.NONE);
        assertThat(rows)
                .extracting(IndicatorRow::suppression)
                .containsExactly(
                        Optional.of(SuppressionReason.SMALL_COUNT),
                        Optional.of(SuppressionReason.COMPLEMENTARY),
                        Optional.empty());
        assertThat(rows.get(2).value()).contains(new BigDecimal("20.0"));
        assertThat(arithmetic
                        .rows(mean, "", perEvent("", 1, 4), List.of(), Bounds.NONE)
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void hidesASmallMaximumOrMedianAsItIsOneEventsCountOfPersons() {
        var max = define("largest", 0, new Measure.Summary(Measure.Statistic.MAX, new Quantity.Attendance()));
        // 40 participants in 10 events of 4 each: the attendance is shown, the largest event's 4 persons are not
        assertThat(arithmetic
                        .rows(max, "", perEvent("", 10, 40, 4), List.of(), Bounds.NONE)
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
        assertThat(arithmetic
                        .rows(max, "", perEvent("", 10, 60, 15), List.of(), Bounds.NONE)
                        .get(0)
                        .value())
                .contains(new BigDecimal("15"));
        var median = define("median", 1, new Measure.Summary(Measure.Statistic.MEDIAN, new Quantity.Attendance()));
        var units = new MeasuredGroup(
                "", Optional.empty(), 3, Optional.empty(), 0, 0, OptionalDouble.empty(), List.of(2.0, 3.0, 40.0));
        assertThat(arithmetic
                        .rows(median, "", units, List.of(), Bounds.NONE)
                        .get(0)
                        .suppression())
                .contains(SuppressionReason.SMALL_COUNT);
    }

    @Test
    void givesAnIntervalOnlyToASampleAndNeverBelowZeroForAttendance() {
        var mean = define("per-event", 1, new Measure.Summary(Measure.Statistic.MEAN, new Quantity.Attendance()));
        // three events of 4, 10 and 115 (129): mean 43.0, sample variance 3 913, t(2; 0.975) = 4.3027, half width
        // 4.3027 · √(3 913 / 3) = 155.4 → −112.4 to 198.4, which a count of persons cannot reach below 0
        MeasuredGroup events = new MeasuredGroup(
                "", Optional.empty(), 3, Optional.of(new BigDecimal("43")), 129, 0, OptionalDouble.of(3913), List.of());
        assertThat(arithmetic
                        .rows(mean, "", events, List.of(), Bounds.NONE)
                        .get(0)
                        .interval())
                .as("every event's attendance is a census")
                .isEmpty();
        var interval = arithmetic
                .rows(sampled(mean), "", events, List.of(), Bounds.NONE)
                .get(0)
                .interval()
                .orElseThrow();
        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isCloseTo(198.4, within(0.1));
    }

    @Test
    void keepsTheIntervalOfAMeanAnswerWithinTheQuestionsDeclaredMinAndMax() {
        var mean = sampled(define(
                "work-ability",
                1,
                new Measure.Summary(Measure.Statistic.MEAN, new Quantity.AnswerNumber("outcome.work_ability"))));
        Bounds scale = Bounds.between(0, 10);
        // ten answers on a 0–10 scale, eight 0s, a 1 and a 9: mean 1.0, squares 8 · 1 + 0 + 64 = 72, sample variance
        // 72 / 9 = 8, t(9; 0.975) = 2.2622, half width 2.2622 · √(8 / 10) = 2.0233 → −1.0233 to 3.0233: the
        // question's min is 0, so the interval starts there
        var low = arithmetic
                .rows(mean, "", answers(1.0, 8), List.of(), scale)
                .get(0)
                .interval()
                .orElseThrow();
        assertThat(low.lower()).isZero();
        assertThat(low.upper()).isCloseTo(3.0233, within(0.0001));
        // the mirror image, eight 10s, a 9 and a 1: mean 9.0, 6.9767 to 11.0233, above the max of 10
        var high = arithmetic
                .rows(mean, "", answers(9.0, 8), List.of(), scale)
                .get(0)
                .interval()
                .orElseThrow();
        assertThat(high.lower()).isCloseTo(6.9767, within(0.0001));
        assertThat(high.upper()).isEqualTo(10.0);
        // without declared bounds (a number question with neither min nor max) the t interval is left as it is
        var open = arithmetic
                .rows(mean, "", answers(1.0, 8), List.of(), Bounds.NONE)
                .get(0)
                .interval()
                .orElseThrow();
        assertThat(open.lower()).isCloseTo(-1.0233, within(0.0001));
    }

    /** Ten answers with this mean and sample variance, as the database measures them. */
    private static MeasuredGroup answers(double mean, double variance) {
        return new MeasuredGroup(
                "",
                Optional.empty(),
                10,
                Optional.of(BigDecimal.valueOf(mean)),
                0,
                0,
                OptionalDouble.of(variance),
                List.of());
    }

    /** A statistic per event of a group: {@code events} events, {@code attendance} persons in all. */
    private static MeasuredGroup perEvent(String key, long events, long attendance) {
        return perEvent(key, events, attendance, (double) attendance / events);
    }

    private static MeasuredGroup perEvent(String key, long events, long attendance, double value) {
        return new MeasuredGroup(
                key,
                Optional.empty(),
                events,
                Optional.of(BigDecimal.valueOf(value)),
                attendance,
                0,
                OptionalDouble.empty(),
                List.of());
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
