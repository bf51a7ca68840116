package fi.mittari.indicator.engine;

import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine, counting how often each definition is computed and failing once on purpose where a test asks. */
@Singleton
@Replaces(MeasuringIndicators.class)
@Requires(property = "test.indicators", value = "catalog")
public class CountingMeasuringIndicators extends MeasuringIndicators {

    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();

    CountingMeasuringIndicators(
            MeasuredGroups grouping,
            PairedAnswers pairedAnswers,
            QuestionnaireCatalog questionnaires,
            SuppressionSettings thresholds,
            FollowUpSetting followUp) {
        super(grouping, pairedAnswers, questionnaires, thresholds, followUp);
    }

    public void failOnceAt(String code) {
        failOnce.add(code);
    }

    public int timesComputed(String code) {
        return computed.getOrDefault(code, new AtomicInteger()).get();
    }

    @Override
    public List<IndicatorRow> compute(IndicatorDefinition definition, IndicatorScope scope) {
        computed.computeIfAbsent(definition.code(), c -> new AtomicInteger()).incrementAndGet();
        if (failOnce.remove(definition.code())) {
            throw new IllegalStateException("failing once on purpose at " + definition.code());
        }
        return super.compute(definition, scope);
    }
}
