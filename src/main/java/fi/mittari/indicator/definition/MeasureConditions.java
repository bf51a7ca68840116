package fi.mittari.indicator.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions a measure carries, by the property of its measure they are written under: a count's {@code where}, a
 * proportion's {@code numerator} and {@code denominator}; none for the other kinds.
 */
final class MeasureConditions implements Measure.Cases<Map<String, Filter>> {

    static Map<String, Filter> of(Measure measure) {
        return measure.accept(new MeasureConditions());
    }

    @Override
    public Map<String, Filter> count(Measure.Count count) {
        return where(count.where());
    }

    @Override
    public Map<String, Filter> distinctCount(Measure.DistinctCount count) {
        return where(count.where());
    }

    @Override
    public Map<String, Filter> sum(Measure.Sum sum) {
        return Map.of();
    }

    @Override
    public Map<String, Filter> summary(Measure.Summary summary) {
        return Map.of();
    }

    @Override
    public Map<String, Filter> proportion(Measure.Proportion proportion) {
        Map<String, Filter> conditions = new LinkedHashMap<>();
        conditions.put("numerator", proportion.numerator());
        proportion.denominator().ifPresent(denominator -> conditions.put("denominator", denominator));
        return conditions;
    }

    @Override
    public Map<String, Filter> ratio(Measure.Ratio ratio) {
        return Map.of();
    }

    @Override
    public Map<String, Filter> pairedChange(Measure.PairedChange change) {
        return Map.of();
    }

    private static Map<String, Filter> where(Optional<Filter> where) {
        return where.map(filter -> Map.of("where", filter)).orElse(Map.of());
    }
}
