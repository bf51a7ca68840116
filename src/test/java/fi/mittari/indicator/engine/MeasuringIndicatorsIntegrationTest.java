package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static fi.mittari.indicator.engine.Definitions.sampled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Breakdown.ByChoice;
import fi.mittari.indicator.definition.Breakdown.ByDimension;
import fi.mittari.indicator.definition.Breakdown.ByPeriod;
import fi.mittari.indicator.definition.Breakdown.Granularity;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Every measure kind and breakdown kind on a small scenario whose figures are worked out by hand below. Suppression is
 * lowered to 1 and 2 here so that the arithmetic shows; IndicatorArithmeticTest and the job test check suppression.
 *
 * <p>Project alpha, 2026: event E1 (2026-02-10, training, lappi) with 10 kela participants of organisation O1 and 5
 * te_services of O2; E2 (2026-05-05, workshop, kainuu) with 6 kela of O1, 4 of unknown sector and 3 sign-ins; E0
 * (2025-12-01, outside the period) with 100. Project beta: B1 (2026-03-01, fair, uusimaa) with 7 company of O3.
 * Survey of alpha at E1, answers (region, partners, grade, code): r1 lappi yes 4 P1; r2 lappi yes 5 P2; r3 lappi no 3
 * P1; r4 kainuu yes 2 P3; r5 kainuu no – P4; r6 kainuu – 5 –; r8 lappi yes 4 – (May); r7 (2025-12-31) is outside.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "mittari.indicators.suppression.min-count", value = "1")
@Property(name = "mittari.indicators.suppression.min-persons", value = "2")
class MeasuringIndicatorsIntegrationTest {

    private static final IndicatorScope ALPHA_2026 =
            new IndicatorScope(Optional.of("alpha"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final IndicatorScope ALL_2026 =
            new IndicatorScope(Optional.empty(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Inject
    MeasuringIndicators measuring;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @BeforeEach
    void scenario() {
        Long exists =
                jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM project WHERE code = 'alpha'", Long.class);
        if (exists != null && exists > 0) {
            return;
        }
        new IndicatorFixture(jdbc, questionnaires).alphaAndBeta();
    }

    @Test
    void countsEventsInThePeriodByTypeRegionAndStartMonthQuarterAndYear() {
        var rows = compute(
                ALPHA_2026,
                define(
                        "events",
                        0,
                        new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        dimension(Dimension.EVENT_TYPE),
                        dimension(Dimension.REGION),
                        period(Granularity.MONTH),
                        period(Granularity.QUARTER),
                        period(Granularity.YEAR),
                        dimension(Dimension.PROJECT)));
        // E1 and E2; E0 started in 2025
        assertThat(values(rows, "")).containsExactly(Map.entry("", "2"));
        assertThat(values(rows, "event_type")).containsOnly(Map.entry("training", "1"), Map.entry("workshop", "1"));
        assertThat(values(rows, "region")).containsOnly(Map.entry("lappi", "1"), Map.entry("kainuu", "1"));
        assertThat(values(rows, "month")).containsOnly(Map.entry("2026-02", "1"), Map.entry("2026-05", "1"));
        assertThat(values(rows, "quarter")).containsOnly(Map.entry("2026-Q1", "1"), Map.entry("2026-Q2", "1"));
        assertThat(values(rows, "year")).containsOnly(Map.entry("2026", "2"));
        assertThat(label(rows, "region", "lappi")).contains("Lappi");
        assertThat(label(rows, "project", "alpha")).contains("Project alpha");
        // all projects: E1, E2 and B1
        assertThat(values(
                        compute(
                                ALL_2026,
                                define("events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()))),
                        ""))
                .containsExactly(Map.entry("", "3"));
    }

    @Test
    void addsParticipationAndSignInsIntoAttendanceBySector() {
        var rows = compute(
                ALPHA_2026,
                define(
                        "attendance",
                        0,
                        new Measure.Sum(new Quantity.Attendance()),
                        dimension(Dimension.SECTOR),
                        dimension(Dimension.EVENT)));
        // E1 10 + 5, E2 6 + 4 + 3 sign-ins = 28; kela 10 + 6, te_services 5, unknown 4 + 3
        assertThat(values(rows, "")).containsExactly(Map.entry("", "28"));
        assertThat(values(rows, "sector"))
                .containsOnly(Map.entry("kela", "16"), Map.entry("te_services", "5"), Map.entry("?", "7"));
        assertThat(values(rows, "event")).containsOnly(Map.entry("E1", "15"), Map.entry("E2", "13"));
    }

    @Test
    void summarisesAttendancePerEventInTheDatabaseExceptTheMedian() {
        // per event 15 and 13: mean 14, sample variance ((15-14)² + (13-14)²) / 1 = 2, t(1; 0.975) = 12.7062,
        // half width 12.7062 · √(2/2) = 12.7062 → 1.2938–26.7062; median 14, min 13, max 15. Every event's
        // attendance is a census (basis collected), so only the same figure read as a sample has the interval
        var definition = define("mean", 2, new Measure.Summary(Measure.Statistic.MEAN, new Quantity.Attendance()));
        assertThat(total(compute(ALPHA_2026, definition)).interval()).isEmpty();
        IndicatorRow mean = total(compute(ALPHA_2026, sampled(definition)));
        assertThat(mean.value()).contains(new BigDecimal("14.00"));
        assertThat(mean.n()).contains(2L);
        assertThat(mean.interval().orElseThrow().lower()).isCloseTo(1.2938, within(1e-4));
        assertThat(mean.interval().orElseThrow().upper()).isCloseTo(26.7062, within(1e-4));
        assertThat(total(compute(
                                ALPHA_2026,
                                define(
                                        "median",
                                        1,
                                        new Measure.Summary(Measure.Statistic.MEDIAN, new Quantity.Attendance()))))
                        .value())
                .contains(new BigDecimal("14.0"));
        assertThat(total(compute(
                                ALPHA_2026,
                                define(
                                        "min",
                                        0,
                                        new Measure.Summary(Measure.Statistic.MIN, new Quantity.Attendance()))))
                        .value())
                .contains(new BigDecimal("13"));
        assertThat(total(compute(
                                ALPHA_2026,
                                define(
                                        "max",
                                        0,
                                        new Measure.Summary(Measure.Statistic.MAX, new Quantity.Attendance()))))
                        .value())
                .contains(new BigDecimal("15"));
    }

    @Test
    void countsOrganisationsOnceWhateverTheirEvents() {
        var rows = compute(
                ALPHA_2026,
                define(
                        "organisations",
                        0,
                        new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty()),
                        dimension(Dimension.SECTOR)));
        // O1 (E1 and E2) and O2; O3 is beta's
        assertThat(values(rows, "")).containsExactly(Map.entry("", "2"));
        assertThat(values(rows, "sector")).containsOnly(Map.entry("kela", "1"), Map.entry("te_services", "1"));
        assertThat(values(
                        compute(
                                ALL_2026,
                                define(
                                        "organisations",
                                        0,
                                        new Measure.DistinctCount(
                                                Measure.DistinctUnit.ORGANISATIONS, Optional.empty()))),
                        ""))
                .containsExactly(Map.entry("", "3"));
    }

    @Test
    void countsRegionalNetworksOnceHoweverOftenTheyMet() {
        // E1 (lappi), E2 (kainuu) and E0 (2025) are meetings of one network, B1 of another
        jdbc.getJdbcTemplate().update("UPDATE event SET network_code = 'north' WHERE code IN ('E1', 'E2', 'E0')");
        jdbc.getJdbcTemplate().update("UPDATE event SET network_code = 'south' WHERE code = 'B1'");
        var networks = define(
                "networks",
                0,
                new Measure.DistinctCount(Measure.DistinctUnit.NETWORKS, Optional.empty()),
                dimension(Dimension.REGION),
                period(Granularity.YEAR));
        var rows = compute(ALPHA_2026, networks);
        // two meetings in 2026, one network; each region saw it meet
        assertThat(values(rows, "")).containsExactly(Map.entry("", "1"));
        assertThat(values(rows, "region")).containsOnly(Map.entry("lappi", "1"), Map.entry("kainuu", "1"));
        assertThat(values(rows, "year")).containsOnly(Map.entry("2026", "1"));
        assertThat(values(compute(ALL_2026, networks), "")).containsExactly(Map.entry("", "2"));
    }

    @Test
    void countsCompleteSurveyResponsesByAnswerEventRegionAndSubmissionMonth() {
        var rows = compute(
                ALPHA_2026,
                define(
                        "responses",
                        0,
                        new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                        new ByChoice("dim.region"),
                        dimension(Dimension.REGION),
                        period(Granularity.MONTH)));
        // r1–r6 and r8 (sign-ins are not survey responses, r7 is 2025)
        assertThat(values(rows, "")).containsExactly(Map.entry("", "7"));
        assertThat(values(rows, "choice:dim.region")).containsOnly(Map.entry("lappi", "4"), Map.entry("kainuu", "3"));
        // the campaign's event E1 is in lappi
        assertThat(values(rows, "region")).containsOnly(Map.entry("lappi", "7"));
        assertThat(values(rows, "month")).containsOnly(Map.entry("2026-02", "6"), Map.entry("2026-05", "1"));
    }

    @Test
    void treatsABreakdownTheRecordsDoNotOfferAsADefectNotAFigureLeftOut() {
        // the reader refuses these; built as records they reach the engine, which must not drop them quietly
        var coachedByRegion = define(
                "coached",
                0,
                new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()),
                dimension(Dimension.REGION));
        assertThatThrownBy(() -> compute(ALPHA_2026, coachedByRegion))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("coached participants have no region");
        var responsesBySector = define(
                "responses",
                0,
                new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                dimension(Dimension.SECTOR));
        assertThatThrownBy(() -> compute(ALPHA_2026, responsesBySector))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("responses have no sector");
        var changeByYear = define(
                "change",
                1,
                new Measure.PairedChange("outcome.grade", "engine-feedback", "other"),
                period(Granularity.YEAR));
        assertThatThrownBy(() -> compute(ALPHA_2026, changeByYear))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paired answers have no month, quarter or year");
    }

    @Test
    void makesARatioOfItsOwnBreakdownsOnlyWhateverItsOperandsHave() {
        var responses = define(
                "responses",
                0,
                new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                dimension(Dimension.REGION),
                period(Granularity.MONTH));
        var events = define(
                "events",
                0,
                new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                dimension(Dimension.REGION),
                period(Granularity.MONTH));
        var perEvent = define("per_event", 1, new Measure.Ratio("responses", "events"), period(Granularity.MONTH));
        var rows = measuring.ratio(
                perEvent, responses, compute(ALPHA_2026, responses), events, compute(ALPHA_2026, events));
        // 7 responses over 2 events; February 6 over E1, May 1 over E2; no region rows, the ratio declares none
        assertThat(rows).extracting(IndicatorRow::breakdownKey).containsOnly("", "month");
        assertThat(values(rows, "")).containsExactly(Map.entry("", "3.5"));
        assertThat(values(rows, "month")).containsOnly(Map.entry("2026-02", "6.0"), Map.entry("2026-05", "1.0"));
    }

    @Test
    void countsDistinctPersonsAndThoseMatchingACondition() {
        Measure persons = new Measure.DistinctCount(Measure.DistinctUnit.PERSONS, Optional.empty());
        // P1 (twice), P2, P3, P4
        assertThat(values(compute(ALPHA_2026, define("persons", 0, persons)), ""))
                .containsExactly(Map.entry("", "4"));
        Measure withPartners = new Measure.DistinctCount(
                Measure.DistinctUnit.PERSONS, Optional.of(new Filter.AnswerIn("outcome.new_partners", List.of("yes"))));
        // r1 P1, r2 P2, r4 P3 (r8 has no code)
        assertThat(values(compute(ALPHA_2026, define("persons-partners", 0, withPartners)), ""))
                .containsExactly(Map.entry("", "3"));
    }

    @Test
    void addsAndAveragesNumberAnswers() {
        // grades 4, 5, 3, 2, 5, 4: sum 23 over n = 6
        IndicatorRow sum = total(compute(
                ALPHA_2026, define("grade-sum", 0, new Measure.Sum(new Quantity.AnswerNumber("outcome.grade")))));
        assertThat(sum.value()).contains(new BigDecimal("23"));
        assertThat(sum.n()).contains(6L);
        // mean 23/6 = 3.8333; squared deviations sum 6.8333, variance 6.8333/5 = 1.3667, se √(1.3667/6) = 0.47726,
        // t(5; 0.975) = 2.5706 → half width 1.22684 → 2.6065–5.0602
        IndicatorRow mean = total(compute(
                ALPHA_2026,
                sampled(define(
                        "grade-mean",
                        2,
                        new Measure.Summary(Measure.Statistic.MEAN, new Quantity.AnswerNumber("outcome.grade"))))));
        assertThat(mean.value()).contains(new BigDecimal("3.83"));
        assertThat(mean.interval().orElseThrow().lower()).isCloseTo(2.6065, within(1e-4));
        assertThat(mean.interval().orElseThrow().upper()).isCloseTo(5.0602, within(1e-4));
        // median of 2, 3, 4, 4, 5, 5 is 4; by region: lappi 4, 5, 3, 4 → 4; kainuu 2, 5 → 3.5
        var median = compute(
                ALPHA_2026,
                define(
                        "grade-median",
                        1,
                        new Measure.Summary(Measure.Statistic.MEDIAN, new Quantity.AnswerNumber("outcome.grade")),
                        new ByChoice("dim.region")));
        assertThat(values(median, "")).containsExactly(Map.entry("", "4.0"));
        assertThat(values(median, "choice:dim.region"))
                .containsOnly(Map.entry("lappi", "4.0"), Map.entry("kainuu", "3.5"));
    }

    @Test
    void sharesRespondentsWithAWilsonIntervalOverThoseWhoAnswered() {
        var rows = compute(
                ALPHA_2026,
                sampled(define(
                        "partners",
                        4,
                        new Measure.Proportion(
                                new Quantity.Respondents(),
                                new Filter.AnswerIn("outcome.new_partners", List.of("yes")),
                                Optional.empty()),
                        new ByChoice("dim.region"))));
        // answered r1 r2 r3 r4 r5 r8 = 6, yes r1 r2 r4 r8 = 4: 0.6667; Wilson with z = 1.96: centre
        // (4/6 + z²/12) / (1 + z²/6) = 0.6016, half width z·√(4/6·2/6/6 + z²/144) / (1 + z²/6) = 0.3016
        // → 0.3000–0.9032
        IndicatorRow total = total(rows);
        assertThat(total.value()).contains(new BigDecimal("0.6667"));
        assertThat(total.numerator()).contains(4L);
        assertThat(total.denominator()).contains(6L);
        assertThat(total.interval().orElseThrow().lower()).isCloseTo(0.3000, within(1e-4));
        assertThat(total.interval().orElseThrow().upper()).isCloseTo(0.9032, within(1e-4));
        // lappi: r1 r2 r3 r8 answered, 3 yes → 0.75; kainuu: r4 r5 answered, 1 yes → 0.5
        assertThat(values(rows, "choice:dim.region"))
                .containsOnly(Map.entry("lappi", "0.7500"), Map.entry("kainuu", "0.5000"));
    }

    @Test
    void sharesAttendanceOfASectorAmongThoseOfKnownSector() {
        var rows = compute(
                ALPHA_2026,
                define(
                        "kela-share",
                        4,
                        new Measure.Proportion(
                                new Quantity.Attendance(),
                                new Filter.DimensionIn(Dimension.SECTOR, List.of("kela")),
                                Optional.empty())));
        // kela 16 of known sector 16 + 5 = 21: 0.7619
        IndicatorRow total = total(rows);
        assertThat(total.value()).contains(new BigDecimal("0.7619"));
        assertThat(total.numerator()).contains(16L);
        assertThat(total.denominator()).contains(21L);
    }

    @Test
    void countsCoachedParticipantsWhoseCoachingOverlapsThePeriod() {
        // C1 (from 2026-01-15) and C2 (to 2026-03-01); C3 ended in 2025; beta's C1 is another project's
        assertThat(values(
                        compute(
                                ALPHA_2026,
                                define(
                                        "coached",
                                        0,
                                        new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()))),
                        ""))
                .containsExactly(Map.entry("", "2"));
        assertThat(values(
                        compute(
                                ALL_2026,
                                define(
                                        "coached",
                                        0,
                                        new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()),
                                        dimension(Dimension.PROJECT))),
                        "project"))
                .containsOnly(Map.entry("alpha", "2"), Map.entry("beta", "1"));
    }

    @Test
    void restrictsToThePopulationsQuestionnaires() {
        var none = define(
                "responses-elsewhere",
                0,
                new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                new Population(List.of("no-such-questionnaire"), List.of()));
        assertThat(values(compute(ALPHA_2026, none), "")).containsExactly(Map.entry("", "0"));
    }

    @Test
    void restrictsResponsesToThePopulationsEventTypesThroughTheirCampaignsEvent() {
        Measure responses = new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty());
        // the survey's campaign is at E1, a training: all 7 of alpha's responses in 2026, none at a workshop
        assertThat(values(
                        compute(
                                ALPHA_2026,
                                define("at-training", 0, responses, new Population(List.of(), List.of("training")))),
                        ""))
                .containsExactly(Map.entry("", "7"));
        assertThat(values(
                        compute(
                                ALPHA_2026,
                                define("at-workshop", 0, responses, new Population(List.of(), List.of("workshop")))),
                        ""))
                .containsExactly(Map.entry("", "0"));
        // gamma's campaign has no event: its 2 responses count without a population, and are outside any event type
        var gamma = new IndicatorScope(Optional.of("gamma"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Long exists =
                jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM project WHERE code = 'gamma'", Long.class);
        if (exists == null || exists == 0) {
            var fixture = new IndicatorFixture(jdbc, questionnaires);
            long project = fixture.project("gamma", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            long version = fixture.questionnaire(IndicatorFixture.FEEDBACK);
            long campaign = fixture.campaign("engine-gamma-survey", version, project, null, "SURVEY");
            fixture.response(campaign, version, LocalDateTime.of(2026, 4, 1, 9, 0), Map.of("partners", "yes"));
            fixture.response(campaign, version, LocalDateTime.of(2026, 4, 2, 9, 0), Map.of("partners", "no"));
        }
        assertThat(values(compute(gamma, define("all", 0, responses)), "")).containsExactly(Map.entry("", "2"));
        assertThat(values(
                        compute(
                                gamma,
                                define("at-training", 0, responses, new Population(List.of(), List.of("training")))),
                        ""))
                .containsExactly(Map.entry("", "0"));
    }

    private List<IndicatorRow> compute(IndicatorScope scope, IndicatorDefinition definition) {
        return measuring.compute(definition, scope);
    }

    private static IndicatorRow total(List<IndicatorRow> rows) {
        return rows.stream().filter(IndicatorRow::isTotal).findFirst().orElseThrow();
    }

    private static Map<String, String> values(List<IndicatorRow> rows, String breakdown) {
        return rows.stream()
                .filter(r -> r.breakdownKey().equals(breakdown))
                .collect(Collectors.toMap(
                        IndicatorRow::groupKey,
                        r -> r.value().map(BigDecimal::toPlainString).orElse("suppressed")));
    }

    private static Optional<String> label(List<IndicatorRow> rows, String breakdown, String group) {
        return rows.stream()
                .filter(r -> r.breakdownKey().equals(breakdown) && r.groupKey().equals(group))
                .findFirst()
                .flatMap(IndicatorRow::groupLabel);
    }

    private static Breakdown dimension(Dimension dimension) {
        return new ByDimension(dimension);
    }

    private static Breakdown period(Granularity granularity) {
        return new ByPeriod(granularity);
    }
}
