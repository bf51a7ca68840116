package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.mittari.SettableClock;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.context.Drafts;
import fi.mittari.context.RecordingProjects;
import fi.mittari.indicator.definition.Breakdown.ByPeriod;
import fi.mittari.indicator.definition.Breakdown.Granularity;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import fi.mittari.support.TimeZones;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every day boundary is drawn in MITTARI_TIME_ZONE, whatever the zone of the JVM (or of the database, which stores
 * what the JVM writes). Three answers around the turn of February and March 2026: 23:50 on 28 February, 00:20 on 1
 * March and, in summer time, 00:30 on 1 April, all Helsinki time (21:50, 22:20 and 21:30 UTC the day before).
 */
class DayBoundariesIntegrationTest {

    private static final List<Instant> SUBMITTED = List.of(
            Instant.parse("2026-02-28T21:50:00Z"),
            Instant.parse("2026-02-28T22:20:00Z"),
            Instant.parse("2026-03-31T21:30:00Z"));

    private static final String QUESTIONNAIRE =
            """
            key: dawn
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Aamuyön kysely}
            questions:
              - key: mood
                type: single_choice
                concept: dim.mood
                label: {fi: Mieliala}
                choices:
                  - {value: good, label: {fi: Hyvä}}
                  - {value: bad, label: {fi: Huono}}
            """;

    @Test
    void anAnswerAtTwentyPastMidnightOnTheFirstOfMarchCountsInMarch() {
        Figures helsinki = figures("UTC", TimeZones.HELSINKI.getId());

        assertThat(helsinki.march()).as("only the answer of 00:20 on 1 March").isEqualTo(1);
        assertThat(helsinki.months())
                .containsExactly(Map.entry("2026-02", 1), Map.entry("2026-03", 1), Map.entry("2026-04", 1));
        assertThat(helsinki.quarters()).containsExactly(Map.entry("2026-Q1", 2), Map.entry("2026-Q2", 1));
    }

    @Test
    void theJvmsOwnZoneChangesNothing() {
        Figures utc = figures("UTC", TimeZones.HELSINKI.getId());

        assertThat(figures("Pacific/Auckland", TimeZones.HELSINKI.getId())).isEqualTo(utc);
        assertThat(figures("America/Los_Angeles", TimeZones.HELSINKI.getId())).isEqualTo(utc);
    }

    @Test
    void theSettingMovesTheSameAnswersIntoItsOwnDays() {
        // in Auckland (UTC+13 until 5 April 2026) all three answers were given in the morning of 1 March or 1 April
        Figures auckland = figures("UTC", "Pacific/Auckland");

        assertThat(auckland.march()).isEqualTo(2);
        assertThat(auckland.months()).containsExactly(Map.entry("2026-03", 2), Map.entry("2026-04", 1));
    }

    @Test
    void anUnknownZoneStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> ApplicationContext.builder()
                        .environments("test")
                        .properties(Map.of("mittari.time-zone", "Europe/Helsinky"))
                        .start()
                        .close())
                .hasStackTraceContaining("MITTARI_TIME_ZONE=Europe/Helsinky is not a time zone");
    }

    /** The scenario's indicator figures in a fresh application whose JVM zone is {@code jvmZone}. */
    private static Figures figures(String jvmZone, String setting) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        SettableClock.PROPERTY,
                        "true",
                        "mittari.time-zone",
                        setting,
                        "mittari.indicators.suppression.min-count",
                        "1",
                        "mittari.indicators.suppression.min-persons",
                        "1"))
                .start()) {
            answerAroundMidnight(context);
            MeasuringIndicators measuring = context.getBean(MeasuringIndicators.class);
            var responses = define(
                    "responses",
                    0,
                    new Measure.Count(Measure.CountedUnit.RESPONSES, Optional.empty()),
                    new ByPeriod(Granularity.MONTH),
                    new ByPeriod(Granularity.QUARTER));
            var march = measuring.compute(
                    responses,
                    new IndicatorScope(Optional.of("dawn"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
            var year = measuring.compute(
                    responses,
                    new IndicatorScope(Optional.of("dawn"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            return new Figures(counts(march, "").getOrDefault("", 0), counts(year, "month"), counts(year, "quarter"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static void answerAroundMidnight(ApplicationContext context) {
        SettableClock clock = context.getBean(SettableClock.class);
        clock.set(Instant.parse("2026-01-15T10:00:00Z"));
        context.getBean(RecordingProjects.class)
                .create(new Drafts.ProjectDraft("dawn", "Aamuyö", "STEA", "", "2026-01-01", "2026-12-31", ""));
        context.getBean(QuestionnaireCatalog.class).load("dawn.yaml", QUESTIONNAIRE);
        Campaign campaign = ((OpeningOutcome.Opened) context.getBean(OpeningCampaign.class)
                        .open(new OpenCampaign("dawn", "dawn", "Aamuyö", Optional.empty(), Optional.of("dawn"))))
                .campaign();
        SubmittingResponse submitting = context.getBean(SubmittingResponse.class);
        for (Instant at : SUBMITTED) {
            clock.set(at);
            submitting.submit(new Submission(
                    campaign,
                    Language.FI,
                    SubmissionKeys.fresh(),
                    Channel.API,
                    new SubmittedAnswers(Map.of("mood", List.of("good")))));
        }
    }

    private static Map<String, Integer> counts(List<IndicatorRow> rows, String breakdown) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.stream()
                .filter(r -> r.breakdownKey().equals(breakdown))
                .forEach(r -> counts.put(
                        r.groupKey(), r.value().map(BigDecimal::intValueExact).orElse(-1)));
        return counts;
    }

    private record Figures(int march, Map<String, Integer> months, Map<String, Integer> quarters) {}
}
