package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Breakdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Records split into the groups of one breakdown (or one group "" for the total), in the row's order: groups by key,
 * the unknown group last. A record the breakdown means nothing for is in no group; a record with several answers to a
 * multiple choice is in several.
 */
record Grouping<U extends Unit>(Map<String, List<U>> groups) {

    static final Comparator<String> ROW_ORDER =
            Comparator.comparing((String key) -> key.equals(Unit.UNKNOWN)).thenComparing(Function.identity());

    static <U extends Unit> Grouping<U> of(List<U> units, Optional<Breakdown> breakdown) {
        Map<String, List<U>> groups = new TreeMap<>(ROW_ORDER);
        for (U unit : units) {
            for (String key : keys(unit, breakdown)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
            }
        }
        if (breakdown.isEmpty()) {
            groups.putIfAbsent("", new ArrayList<>());
        }
        return new Grouping<>(new LinkedHashMap<>(groups));
    }

    static List<String> keys(Unit unit, Optional<Breakdown> breakdown) {
        return breakdown.map(b -> unit.groups(b).orElse(List.of())).orElse(List.of(""));
    }
}
