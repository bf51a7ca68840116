package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which records a query of the engine reads: the WHERE conditions that keep a measure's records ({@link
 * IndicatorSource}) to the scope's period, projects and region, and to the definition's population (questionnaires,
 * event types).
 */
final class ScopedRecords {

    private final IndicatorScope scope;

    ScopedRecords(IndicatorScope scope) {
        this.scope = scope;
    }

    /** The conditions of {@code source}'s records: in the scope's days, projects and region, and the population's. */
    List<String> of(IndicatorSource source, IndicatorDefinition definition, SqlParams params) {
        List<String> where = new ArrayList<>();
        switch (source) {
            case RESPONSES -> {
                where.add("c.purpose = 'SURVEY'");
                // The day of submission in the application's zone, written beside the instant: comparing
                // timestamps would draw the period's edges in the zone of the JVM or the database.
                where.add("r.submitted_on >= " + params.bind(scope.from()));
                where.add("r.submitted_on <= " + params.bind(scope.to()));
                if (!definition.population().questionnaires().isEmpty()) {
                    where.add("r.questionnaire_version_id IN (SELECT qv.id FROM questionnaire_version qv"
                            + " WHERE qv.questionnaire_key IN ("
                            + params.bind(definition.population().questionnaires())
                            + "))");
                }
                // a response is of its campaign's event's type; a campaign without an event is of none
                eventTypes(definition, params).ifPresent(where::add);
            }
            case COACHED -> {
                where.add("(cp.started_on IS NULL OR cp.started_on <= " + params.bind(scope.to()) + ")");
                where.add("(cp.ended_on IS NULL OR cp.ended_on >= " + params.bind(scope.from()) + ")");
            }
            default -> {
                where.add("e.starts_on >= " + params.bind(scope.from()));
                where.add("e.starts_on <= " + params.bind(scope.to()));
                eventTypes(definition, params).ifPresent(where::add);
                if (source == IndicatorSource.ORGANISATIONS) {
                    where.add("pa.organisation_id IS NOT NULL");
                }
            }
        }
        // an ecosystem of no projects reads nothing (an empty IN list is not SQL)
        scope.coverage()
                .projectCodes()
                .ifPresent(codes -> where.add(codes.isEmpty() ? "1 = 0" : "p.code IN (" + params.bind(codes) + ")"));
        // a region ecosystem takes what the region's group of a breakdown by region takes; records without a region
        // (coached participants) are in no region (MeasuringIndicators does not compute them for a region)
        scope.coverage()
                .region()
                .ifPresent(region -> where.add(
                        source.records().offers(Dimension.REGION)
                                ? source.column(Dimension.REGION) + " = " + params.bind(region)
                                : "1 = 0"));
        return where;
    }

    private static Optional<String> eventTypes(IndicatorDefinition definition, SqlParams params) {
        List<String> types = definition.population().eventTypes();
        return types.isEmpty() ? Optional.empty() : Optional.of("e.event_type IN (" + params.bind(types) + ")");
    }
}
