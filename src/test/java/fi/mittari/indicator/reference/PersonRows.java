package fi.mittari.indicator.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A row of counts of persons with its total, hidden by rules 2 and 3 of "Small groups are never revealed". */
final class PersonRows {

    private PersonRows() {}

    /** The total's row ({@code breakdown} empty) or the groups' rows of one breakdown. */
    static List<Expected> of(String breakdown, long total, Map<String, Long> counts, int decimals) {
        if (breakdown.isEmpty()) {
            return List.of(row("", "", total, ReferenceStatistics.small(total), decimals));
        }
        List<Long> values = new ArrayList<>(counts.values());
        boolean[] hidden = ReferenceStatistics.hiddenInRow(total, values);
        List<Expected> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> group : counts.entrySet()) {
            rows.add(row(breakdown, group.getKey(), group.getValue(), hidden[i++], decimals));
        }
        return rows;
    }

    /** Which groups of a row are hidden, by key. */
    static Map<String, Boolean> hidden(long total, Map<String, Long> counts) {
        boolean[] hidden = ReferenceStatistics.hiddenInRow(total, new ArrayList<>(counts.values()));
        Map<String, Boolean> byKey = new java.util.LinkedHashMap<>();
        int i = 0;
        for (String key : counts.keySet()) {
            byKey.put(key, hidden[i++]);
        }
        return byKey;
    }

    private static Expected row(String breakdown, String group, long count, boolean hidden, int decimals) {
        if (hidden) {
            return Expected.hidden(breakdown, group, OptionalLong.of(count));
        }
        return Expected.shown(
                        breakdown,
                        group,
                        Optional.of(ReferenceStatistics.rounded(BigDecimal.valueOf(count), decimals)),
                        count)
                .withPersons(count);
    }
}
