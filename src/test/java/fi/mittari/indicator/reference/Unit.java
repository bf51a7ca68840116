package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.reference.Scenario.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One record a measure counts, with the group it falls in for each breakdown. {@code groups} is empty when the
 * breakdown means nothing for the record (a response has no sector) and an empty list when the record has no value
 * for it (a respondent who did not answer the choice); "?" is the unknown group.
 */
sealed interface Unit {

    String UNKNOWN = "?";

    String project();

    Optional<List<String>> groups(Breakdown breakdown);

    /** An event of the scope, counted by the day it starts. */
    record EventUnit(Event event) implements Unit {
        @Override
        public String project() {
            return event.project();
        }

        @Override
        public Optional<List<String>> groups(Breakdown breakdown) {
            return ofEvent(event, event.region(), Optional.empty(), breakdown);
        }
    }

    /**
     * Participants of one participation row or of one sign-in: {@code sector} null for sign-ins, {@code region} the
     * row's (or the event's), {@code organisation} the row's organisation if named.
     */
    record Attendance(Event event, String sector, String region, long amount, Optional<String> organisation)
            implements Unit {
        @Override
        public String project() {
            return event.project();
        }

        @Override
        public Optional<List<String>> groups(Breakdown breakdown) {
            return ofEvent(event, region, Optional.of(sector == null ? UNKNOWN : sector), breakdown);
        }
    }

    /**
     * A complete survey response: its project, event (if its campaign has one), day in the zone of the rules, choices
     * and numbers by concept, and person (project and normalised pseudonym), if it names one; {@code pairedAs} the
     * person as paired change pairs it.
     */
    record Answered(
            long id,
            java.time.Instant sent,
            String questionnaire,
            String project,
            Optional<Event> event,
            LocalDate day,
            Map<String, List<String>> choices,
            Map<String, BigDecimal> numbers,
            Optional<String> person,
            Optional<String> pairedAs)
            implements Unit {
        @Override
        public Optional<List<String>> groups(Breakdown breakdown) {
            return visit(
                    breakdown,
                    period -> Optional.of(List.of(periodKey(day, period))),
                    choice -> Optional.of(choices.getOrDefault(choice.concept(), List.of())),
                    dimension -> switch (dimension) {
                        case PROJECT -> Optional.of(List.of(project));
                        case EVENT -> Optional.of(List.of(event.map(Event::code).orElse(UNKNOWN)));
                        case EVENT_TYPE -> Optional.of(
                                List.of(event.map(Event::type).orElse(UNKNOWN)));
                        case REGION -> Optional.of(
                                List.of(event.map(Event::region).orElse(UNKNOWN)));
                        case SECTOR -> Optional.empty();
                    });
        }
    }

    /**
     * A coached participant whose coaching overlaps the period; grouped in time by the start. {@code outcome} is the
     * follow-up that told their outcome, where one was looked for: a breakdown by an answer takes that response's.
     */
    record CoachedUnit(Scenario.Coached coached, Optional<Answered> outcome) implements Unit {

        CoachedUnit(Scenario.Coached coached) {
            this(coached, Optional.empty());
        }

        CoachedUnit withOutcome(Answered followUp) {
            return new CoachedUnit(coached, Optional.of(followUp));
        }

        @Override
        public String project() {
            return coached.project();
        }

        @Override
        public Optional<List<String>> groups(Breakdown breakdown) {
            return visit(
                    breakdown,
                    period -> Optional.of(List.of(
                            coached.startedOn().map(d -> periodKey(d, period)).orElse(UNKNOWN))),
                    choice -> outcome.map(r -> r.choices().getOrDefault(choice.concept(), List.of())),
                    dimension -> dimension == Dimension.PROJECT
                            ? Optional.of(List.of(coached.project()))
                            : Optional.empty());
        }
    }

    private static Optional<List<String>> ofEvent(
            Event event, String region, Optional<String> sector, Breakdown breakdown) {
        return visit(
                breakdown,
                period -> Optional.of(List.of(periodKey(event.startsOn(), period))),
                choice -> Optional.empty(),
                dimension -> switch (dimension) {
                    case PROJECT -> Optional.of(List.of(event.project()));
                    case EVENT -> Optional.of(List.of(event.code()));
                    case EVENT_TYPE -> Optional.of(List.of(event.type()));
                    case REGION -> Optional.of(List.of(region));
                    case SECTOR -> sector.map(List::of);
                });
    }

    /** The three kinds of breakdown, each handled (Java 17 has no pattern switch over a sealed type). */
    static <T> T visit(
            Breakdown breakdown,
            Function<Breakdown.ByPeriod, T> byPeriod,
            Function<Breakdown.ByChoice, T> byChoice,
            Function<Dimension, T> byDimension) {
        if (breakdown instanceof Breakdown.ByPeriod period) {
            return byPeriod.apply(period);
        }
        if (breakdown instanceof Breakdown.ByChoice choice) {
            return byChoice.apply(choice);
        }
        return byDimension.apply(((Breakdown.ByDimension) breakdown).dimension());
    }

    /** Period keys as the API writes them: 2026-03, 2026-Q1, 2026. */
    static String periodKey(LocalDate day, Breakdown.ByPeriod period) {
        return switch (period.granularity()) {
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(day.getYear());
        };
    }
}
