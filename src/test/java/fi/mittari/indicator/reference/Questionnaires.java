package fi.mittari.indicator.reference;

import java.util.Map;
import java.util.Optional;

/** The concepts of the shipped questionnaires (surveys/*.yaml) the scenarios answer, by question key. */
final class Questionnaires {

    static final String IMPACT = "keko-impact";
    static final String BASELINE = "coaching-baseline";
    static final String FOLLOWUP = "coaching-followup";
    static final String SIGN_IN = "event-feedback";

    private static final Map<String, Map<String, String>> CONCEPTS = Map.of(
            IMPACT,
            Map.of("new_partners", "outcome.new_partners", "region", "dim.region", "organisation_type", "dim.sector"),
            BASELINE,
            Map.of(
                    "participant_code", "id.participant",
                    "work_ability", "outcome.work_ability",
                    "goals", "baseline.goals",
                    "situation", "baseline.situation"),
            FOLLOWUP,
            Map.of(
                    "participant_code", "id.participant",
                    "employment_status", "outcome.employment_status",
                    "work_ability", "outcome.work_ability",
                    "coaching_helped", "outcome.coaching_helped"),
            SIGN_IN,
            Map.of("region", "dim.region", "sector", "dim.sector", "satisfaction", "outcome.event_satisfaction"));

    /**
     * What the shipped questionnaires declare for the number concepts the scenarios answer: work ability is a 0–10
     * rating in both coaching questionnaires, event satisfaction a 1–5 rating (surveys/*.yaml).
     */
    private static final Map<String, Expected.Range> BOUNDS = Map.of(
            "outcome.work_ability", new Expected.Range(0, 10), "outcome.event_satisfaction", new Expected.Range(1, 5));

    private Questionnaires() {}

    /** The values an answer to {@code concept} can take: a mean's interval stays within them. */
    static Expected.Range bounds(String concept) {
        return BOUNDS.getOrDefault(concept, ReferenceStatistics.UNBOUNDED);
    }

    /** The concept the question {@code key} of {@code questionnaire} carries, if any. */
    static Optional<String> conceptOf(String questionnaire, String key) {
        return Optional.ofNullable(
                CONCEPTS.getOrDefault(questionnaire, Map.of()).get(key));
    }

    /** The question key of {@code questionnaire} that asks {@code concept}, if it asks it. */
    static Optional<String> keyOf(String questionnaire, String concept) {
        return CONCEPTS.getOrDefault(questionnaire, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().equals(concept))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
