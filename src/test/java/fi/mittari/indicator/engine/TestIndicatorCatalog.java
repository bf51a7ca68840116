package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/** The definitions a test sets, for tests that ask for it with the property test.indicators=catalog. */
@Singleton
@Replaces(IndicatorCatalog.class)
@Requires(property = "test.indicators", value = "catalog")
public class TestIndicatorCatalog implements IndicatorCatalog {

    private volatile List<IndicatorDefinition> definitions = List.of();

    public void set(List<IndicatorDefinition> definitions) {
        this.definitions = definitions.stream()
                .sorted(Comparator.comparing(IndicatorDefinition::code))
                .toList();
    }

    @Override
    public List<IndicatorDefinition> all() {
        return definitions;
    }
}
