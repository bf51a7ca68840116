package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The employed are coached participants whose last follow-up answer, from the start of their coaching until
 * follow-up-months (here 6) after its end, says they are in work; they are counted by the year coaching started, like
 * all coached, so that the employment rate by year has groups.
 *
 * <p>Project outcomes: K1 coached 2032-02-01–2032-08-31, follow-ups 2032-09-10 still seeking, 2033-01-15 open labour
 * market (last within the window: employed). K2 2032-03-01–2032-05-31, follow-ups 2032-10-01 wage subsidised, then
 * 2033-03-01 still seeking, after the window ended on 2032-11-30 (employed). K3 2033-01-10–2033-06-30, follow-ups
 * 2033-04-01 wage subsidised, 2033-07-01 still seeking (last: not employed). K4 from 2033-02-01, no end, follow-up as
 * "k4 " 2033-05-01 open labour market (employed). K5 from 2033-03-01, follow-up 2033-01-01, before coaching started
 * (not employed). X9, never coached, answered open labour market.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "mittari.indicators.suppression.min-count", value = "1")
@Property(name = "mittari.indicators.suppression.min-persons", value = "1")
@Property(name = "mittari.indicators.follow-up-months", value = "6")
class CoachingOutcomesIntegrationTest {

    private static final IndicatorScope OUTCOMES =
            new IndicatorScope(Optional.of("outcomes"), LocalDate.of(2032, 1, 1), LocalDate.of(2033, 12, 31));

    private static final String FOLLOW_UP =
            """
            key: outcome-followup
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Seuranta}
            description: {fi: Seuranta}
            questions:
              - key: code
                type: text
                concept: id.participant
                label: {fi: Tunnus}
              - key: status
                type: single_choice
                concept: outcome.employment_status
                label: {fi: Tilanne}
                choices:
                  - {value: open_labour_market, label: {fi: Avoimet työmarkkinat}}
                  - {value: wage_subsidised, label: {fi: Palkkatuki}}
                  - {value: still_seeking, label: {fi: Etsii}}
            """;

    @Inject
    MeasuringIndicators measuring;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @BeforeEach
    void scenario() {
        Long exists = jdbc.getJdbcTemplate()
                .queryForObject("SELECT COUNT(*) FROM project WHERE code = 'outcomes'", Long.class);
        if (exists != null && exists > 0) {
            return;
        }
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long project = fixture.project("outcomes", LocalDate.of(2032, 1, 1), LocalDate.of(2033, 12, 31));
        fixture.coached(project, "K1", LocalDate.of(2032, 2, 1), LocalDate.of(2032, 8, 31));
        fixture.coached(project, "K2", LocalDate.of(2032, 3, 1), LocalDate.of(2032, 5, 31));
        fixture.coached(project, "K3", LocalDate.of(2033, 1, 10), LocalDate.of(2033, 6, 30));
        fixture.coached(project, "K4", LocalDate.of(2033, 2, 1), null);
        fixture.coached(project, "K5", LocalDate.of(2033, 3, 1), null);
        long version = fixture.questionnaire(FOLLOW_UP);
        long campaign = fixture.campaign("outcome-followup", version, project, null, "SURVEY");
        answer(fixture, campaign, version, "2032-09-10", "K1", "still_seeking");
        answer(fixture, campaign, version, "2033-01-15", "K1", "open_labour_market");
        answer(fixture, campaign, version, "2032-10-01", "K2", "wage_subsidised");
        answer(fixture, campaign, version, "2033-03-01", "K2", "still_seeking");
        answer(fixture, campaign, version, "2033-04-01", "K3", "wage_subsidised");
        answer(fixture, campaign, version, "2033-07-01", "K3", "still_seeking");
        answer(fixture, campaign, version, "2033-05-01", "k4 ", "open_labour_market");
        answer(fixture, campaign, version, "2033-01-01", "K5", "open_labour_market");
        answer(fixture, campaign, version, "2033-02-01", "X9", "open_labour_market");
    }

    @Test
    void countsTheCoachedWhoseLastFollowUpInTheirWindowSaysEmployedByTheYearCoachingStarted() {
        var rows = measuring.compute(employed(), OUTCOMES);
        // K1, K2 (2032) and K4 (2033)
        assertThat(values(rows, "")).containsExactly(Map.entry("", "3"));
        assertThat(values(rows, "year")).containsOnly(Map.entry("2032", "2"), Map.entry("2033", "1"));
        // by the answer that told each outcome: K1 and K4 open labour market, K2 wage subsidised
        assertThat(values(rows, "choice:outcome.employment_status"))
                .containsOnly(Map.entry("open_labour_market", "2"), Map.entry("wage_subsidised", "1"));
    }

    @Test
    void theCoachedAndTheEmployedShareTheYearsOfTheRateByYear() {
        var coached = measuring.compute(
                define(
                        "outcome-coached",
                        0,
                        new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()),
                        new Breakdown.ByPeriod(Breakdown.Granularity.YEAR)),
                OUTCOMES);
        assertThat(values(coached, "year")).containsOnly(Map.entry("2032", "2"), Map.entry("2033", "3"));
        assertThat(values(measuring.compute(employed(), OUTCOMES), "year").keySet())
                .isSubsetOf(values(coached, "year").keySet())
                .isNotEmpty();
    }

    /**
     * The window is of days in Finland (the response's stored day), not of instants: K8, coached from 10 May 2033,
     * answered wage subsidised at 00:20 on 10 May in Helsinki (21:20 UTC on 9 May), inside; K7, coached in April 2033
     * (window until 30 October), answered open labour market at 00:20 on 31 October (21:20 UTC on 30 October), outside.
     */
    @Test
    void takesTheWindowsFirstAndLastDayInFinlandWhateverTheInstant() {
        var scope =
                new IndicatorScope(Optional.of("outcome-edges"), LocalDate.of(2033, 1, 1), LocalDate.of(2033, 12, 31));
        Long exists = jdbc.getJdbcTemplate()
                .queryForObject("SELECT COUNT(*) FROM project WHERE code = 'outcome-edges'", Long.class);
        if (exists == null || exists == 0) {
            var fixture = new IndicatorFixture(jdbc, questionnaires);
            long project = fixture.project("outcome-edges", scope.from(), scope.to());
            fixture.coached(project, "K7", LocalDate.of(2033, 4, 1), LocalDate.of(2033, 4, 30));
            fixture.coached(project, "K8", LocalDate.of(2033, 5, 10), LocalDate.of(2033, 5, 31));
            Long version = jdbc.getJdbcTemplate()
                    .queryForObject(
                            "SELECT id FROM questionnaire_version WHERE questionnaire_key = 'outcome-followup'",
                            Long.class);
            long campaign = fixture.campaign("outcome-edges-followup", version, project, null, "SURVEY");
            sentInHelsinki(fixture, campaign, version, "2033-05-09T21:20", "2033-05-10", "K8", "wage_subsidised");
            sentInHelsinki(fixture, campaign, version, "2033-10-30T21:20", "2033-10-31", "K7", "open_labour_market");
        }
        var rows = measuring.compute(employed(), scope);
        assertThat(values(rows, "choice:outcome.employment_status")).containsOnly(Map.entry("wage_subsidised", "1"));
    }

    private void sentInHelsinki(
            IndicatorFixture fixture, long campaign, long version, String utc, String day, String code, String status) {
        long id = fixture.response(
                campaign, version, java.time.LocalDateTime.parse(utc), Map.of("code", code, "status", status));
        jdbc.update(
                "UPDATE response SET submitted_on = :day WHERE id = :id",
                Map.of("day", LocalDate.parse(day), "id", id));
    }

    private static IndicatorDefinition employed() {
        return define(
                "outcome-employed",
                0,
                new Measure.Count(
                        Measure.CountedUnit.COACHED_PARTICIPANTS,
                        Optional.of(new Filter.AnswerIn(
                                "outcome.employment_status", List.of("open_labour_market", "wage_subsidised")))),
                new Population(List.of("outcome-followup"), List.of()),
                new Breakdown.ByPeriod(Breakdown.Granularity.YEAR),
                new Breakdown.ByChoice("outcome.employment_status"));
    }

    private static void answer(
            IndicatorFixture fixture, long campaign, long version, String day, String code, String status) {
        fixture.response(campaign, version, LocalDate.parse(day).atTime(10, 0), Map.of("code", code, "status", status));
    }

    private static Map<String, String> values(List<IndicatorRow> rows, String breakdown) {
        return rows.stream()
                .filter(r -> r.breakdownKey().equals(breakdown))
                .collect(Collectors.toMap(
                        IndicatorRow::groupKey,
                        r -> r.value().map(BigDecimal::toPlainString).orElse("suppressed")));
    }
}
