package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * No definitions: what the engine computes until the catalog read from {@code batch/indicators/} is in place. Any
 * other IndicatorCatalog bean takes precedence over this one.
 */
@Singleton
@Secondary
class EmptyIndicatorCatalog implements IndicatorCatalog {

    @Override
    public List<IndicatorDefinition> all() {
        return List.of();
    }
}
