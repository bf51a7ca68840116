package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.IndicatorScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The catalog's definitions for each of the run's scopes in turn, ratios last within a scope (they are made from
 * their operands' staged rows). The scopes are resolved once, when the step first opens, and kept in the step's
 * context under {@value RunScopes#KEY}; the reader counts what it has read there too, so a restarted step goes on after
 * the last committed chunk over the same scopes. Records the total there as {@value #TOTAL_KEY} for progress pages.
 */
class DefinitionReader extends AbstractItemCountingItemStreamItemReader<ScopedDefinition> {

    static final String TOTAL_KEY = "mittari.total";

    private final IndicatorCatalog catalog;
    private final Supplier<List<IndicatorScope>> resolving;
    private List<IndicatorScope> scopes = List.of();
    private List<ScopedDefinition> items = List.of();
    private int next;

    DefinitionReader(IndicatorCatalog catalog, Supplier<List<IndicatorScope>> resolving) {
        this.catalog = catalog;
        this.resolving = resolving;
        setName("indicatorDefinitions");
    }

    @Override
    public void open(ExecutionContext context) {
        scopes =
                context.containsKey(RunScopes.KEY) ? RunScopes.read(context.getString(RunScopes.KEY)) : resolving.get();
        super.open(context);
        context.putString(RunScopes.KEY, RunScopes.write(scopes));
        context.putLong(TOTAL_KEY, items.size());
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putString(RunScopes.KEY, RunScopes.write(scopes));
        context.putLong(TOTAL_KEY, items.size());
    }

    @Override
    protected void doOpen() {
        List<IndicatorDefinition> ordered = new ArrayList<>();
        catalog.all().stream()
                .filter(d -> !(d.measure() instanceof Measure.Ratio))
                .forEach(ordered::add);
        catalog.all().stream().filter(d -> d.measure() instanceof Measure.Ratio).forEach(ordered::add);
        List<ScopedDefinition> all = new ArrayList<>();
        for (IndicatorScope scope : scopes) {
            ordered.forEach(definition -> all.add(new ScopedDefinition(scope, definition)));
        }
        items = List.copyOf(all);
        next = 0;
    }

    @Override
    protected ScopedDefinition doRead() {
        return next < items.size() ? items.get(next++) : null;
    }

    @Override
    protected void doClose() {
        items = List.of();
    }
}
