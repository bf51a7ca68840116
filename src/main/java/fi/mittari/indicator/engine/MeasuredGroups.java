package fi.mittari.indicator.engine;

import fi.mittari.context.CodeLists;
import fi.mittari.indicator.definition.Breakdown;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The groups a grouped query measured, as the engine names them: period keys as people write them, an unknown group
 * last, and a group of a code list labelled with its Finnish name. The rows come from {@link GroupedRecords}.
 */
@Singleton
final class MeasuredGroups {

    private static final String UNKNOWN_GROUP = "?";

    private final GroupedRecords records;
    private final CodeLists codeLists;

    MeasuredGroups(GroupedRecords records, CodeLists codeLists) {
        this.records = records;
        this.codeLists = codeLists;
    }

    /** The groups of {@code query}, keyed and labelled for {@code breakdown} (none: the total). */
    List<MeasuredGroup> of(SqlQuery query, Optional<Breakdown> breakdown) {
        Map<String, String> names = breakdown.map(this::codeNames).orElse(Map.of());
        if (query.perUnit()) {
            Map<String, List<Double>> values = new LinkedHashMap<>();
            Map<String, Optional<String>> labels = new HashMap<>();
            for (GroupedRecords.UnitRow row : records.units(query)) {
                String key = groupKey(row.group().orElse(null), breakdown);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(row.value());
                labels.put(key, label(key, row.label().orElse(null), names, breakdown));
            }
            List<MeasuredGroup> groups = new ArrayList<>();
            values.forEach((key, xs) -> groups.add(new MeasuredGroup(
                    key, labels.get(key), xs.size(), Optional.empty(), 0, 0, OptionalDouble.empty(), xs)));
            return sorted(groups);
        }
        return sorted(records.groups(query).stream()
                .map(row -> {
                    String key = groupKey(row.group().orElse(null), breakdown);
                    return new MeasuredGroup(
                            key,
                            label(key, row.label().orElse(null), names, breakdown),
                            row.n(),
                            row.value(),
                            row.numerator(),
                            row.denominator(),
                            row.variance(),
                            List.of());
                })
                .toList());
    }

    /** Groups in key order, the unknown group last: the same on both databases and on every run. */
    private static List<MeasuredGroup> sorted(List<MeasuredGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing((MeasuredGroup g) -> g.key().equals(UNKNOWN_GROUP))
                        .thenComparing(MeasuredGroup::key))
                .toList();
    }

    /** Period keys as people write them (2026-03, 2026-Q1, 2026); a record without the dimension's value is "?". */
    private static String groupKey(String raw, Optional<Breakdown> breakdown) {
        if (breakdown.isEmpty()) {
            return "";
        }
        if (raw == null) {
            return UNKNOWN_GROUP;
        }
        return period(breakdown.get())
                .map(period -> switch (period.granularity()) {
                    case MONTH -> raw.substring(0, 4) + "-" + raw.substring(4);
                    case QUARTER -> raw.substring(0, 4) + "-Q" + raw.substring(4);
                    case YEAR -> raw;
                })
                .orElse(raw);
    }

    private static Optional<String> label(
            String key, String raw, Map<String, String> names, Optional<Breakdown> breakdown) {
        if (breakdown.isEmpty() || key.equals(UNKNOWN_GROUP)) {
            return Optional.empty();
        }
        if (names.containsKey(key)) {
            return Optional.of(names.get(key));
        }
        return period(breakdown.get()).isPresent() ? Optional.of(key) : Optional.ofNullable(raw);
    }

    /** The breakdown by period, when that is what it is: its keys are written as people write periods. */
    private static Optional<Breakdown.ByPeriod> period(Breakdown breakdown) {
        return breakdown.accept(new Breakdown.Cases<>() {
            @Override
            public Optional<Breakdown.ByPeriod> byDimension(Breakdown.ByDimension dimension) {
                return Optional.empty();
            }

            @Override
            public Optional<Breakdown.ByPeriod> byPeriod(Breakdown.ByPeriod period) {
                return Optional.of(period);
            }

            @Override
            public Optional<Breakdown.ByPeriod> byChoice(Breakdown.ByChoice choice) {
                return Optional.empty();
            }
        });
    }

    /** Finnish names of the code list a breakdown's groups come from (regions, sectors, event types). */
    private Map<String, String> codeNames(Breakdown breakdown) {
        Optional<Breakdown.ByDimension> byDimension = breakdown.accept(new Breakdown.Cases<>() {
            @Override
            public Optional<Breakdown.ByDimension> byDimension(Breakdown.ByDimension dimension) {
                return Optional.of(dimension);
            }

            @Override
            public Optional<Breakdown.ByDimension> byPeriod(Breakdown.ByPeriod period) {
                return Optional.empty();
            }

            @Override
            public Optional<Breakdown.ByDimension> byChoice(Breakdown.ByChoice choice) {
                return Optional.empty();
            }
        });
        if (byDimension.isEmpty()) {
            return Map.of();
        }
        String list =
                switch (byDimension.get().dimension()) {
                    case REGION -> "region";
                    case SECTOR -> "sector";
                    case EVENT_TYPE -> "event_type";
                    default -> null;
                };
        if (list == null) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        codeLists.entries(list).forEach(entry -> names.put(entry.code(), entry.nameFi()));
        return names;
    }
}
