package fi.mittari.indicator.definition;

import java.util.List;

/**
 * Which records an indicator counts, beyond the project and period the job is run for. {@code questionnaires}
 * restricts answer-based measures to responses to those questionnaires (by key; empty: any questionnaire that asks the
 * concept); {@code eventTypes} restricts event-based measures to events of those types, and answer-based ones to
 * responses whose campaign is held at such an event (empty: all types). {@link MeasuredRecords} says which measures
 * each may narrow.
 */
public record Population(List<String> questionnaires, List<String> eventTypes) {

    public Population {
        questionnaires = List.copyOf(questionnaires);
        eventTypes = List.copyOf(eventTypes);
    }

    public static Population everything() {
        return new Population(List.of(), List.of());
    }
}
