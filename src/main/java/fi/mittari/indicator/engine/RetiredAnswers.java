package fi.mittari.indicator.engine;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * Which scopes keep their published values because answers they were computed from have been removed by a retention
 * rule (docs/indicators.md, "Retention"): recomputed, they would count what is left, and a published figure would
 * quietly fall to zero or change. A scope is kept as published when it has published values and a retention run
 * removed (deleted or anonymised) responses of its projects sent within its period. Erasure on request is not
 * retention: it makes the scope stale and the scope is recomputed without the person.
 */
@Singleton
public class RetiredAnswers {

    private final IndicatorValues values;
    private final RetentionRemovals removals;

    RetiredAnswers(IndicatorValues values, RetentionRemovals removals) {
        this.values = values;
        this.removals = removals;
    }

    /** True when the scope's published values stand for answers a retention rule has since removed. */
    public boolean keptAsPublished(IndicatorScope scope) {
        if (!values.anyPublished(scope)) {
            return false;
        }
        // all projects and region ecosystems read every project's records (and campaigns tied to none)
        List<String> projects = scope.coverage().projectCodes().orElse(List.of());
        return removals.removedWithin(scope.from(), scope.to(), projects);
    }
}
