package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The catalog's definitions, ratios last (they are made from their operands' staged rows). Counts what it has read in
 * the step's context, so a restarted step goes on after the last committed chunk; records the total there as {@value
 * #TOTAL_KEY} for progress pages.
 */
class DefinitionReader extends AbstractItemCountingItemStreamItemReader<IndicatorDefinition> {

    static final String TOTAL_KEY = "mittari.total";

    private final IndicatorCatalog catalog;
    private List<IndicatorDefinition> definitions = List.of();
    private int next;

    DefinitionReader(IndicatorCatalog catalog) {
        this.catalog = catalog;
        setName("indicatorDefinitions");
    }

    @Override
    public void open(ExecutionContext context) {
        super.open(context);
        context.putLong(TOTAL_KEY, definitions.size());
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(TOTAL_KEY, definitions.size());
    }

    @Override
    protected void doOpen() {
        List<IndicatorDefinition> ordered = new ArrayList<>();
        catalog.all().stream()
                .filter(d -> !(d.measure() instanceof Measure.Ratio))
                .forEach(ordered::add);
        catalog.all().stream().filter(d -> d.measure() instanceof Measure.Ratio).forEach(ordered::add);
        definitions = List.copyOf(ordered);
        next = 0;
    }

    @Override
    protected IndicatorDefinition doRead() {
        return next < definitions.size() ? definitions.get(next++) : null;
    }

    @Override
    protected void doClose() {
        definitions = List.of();
    }
}
