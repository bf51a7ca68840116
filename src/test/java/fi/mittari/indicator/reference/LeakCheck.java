package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * No hidden count of persons can be worked back from what is shown ("Small groups are never revealed"), by the
 * combinations the rules name: the total less the shown groups when one is hidden, a shown mean × its events, a shown
 * minimum, median or maximum, a share × its denominator, a ratio × its events, a paired change's shown details.
 * Works on the published rows, with the reference's true counts for what is hidden.
 */
final class LeakCheck {

    private final String scope;
    private final List<Mismatch> leaks = new ArrayList<>();

    LeakCheck(String scope) {
        this.scope = scope;
    }

    List<Mismatch> check(
            List<IndicatorDefinition> definitions, Map<String, List<Expected>> expected, List<Published> published) {
        Map<String, List<Published>> byIndicator =
                published.stream().collect(Collectors.groupingBy(Published::indicator));
        for (IndicatorDefinition definition : definitions) {
            List<Published> rows = byIndicator.getOrDefault(definition.code(), List.of());
            Measure measure = definition.measure();
            if (ReferenceShares.countsPersons(measure)) {
                totalLessShown(definition, expected.get(definition.code()), rows);
            } else if (measure instanceof Measure.Summary summary
                    && summary.quantity() instanceof Quantity.Attendance) {
                attendanceStatistics(
                        definition, summary.statistic(), rows, hiddenAttendance(definitions, definition, expected));
            } else if (measure instanceof Measure.Proportion || measure instanceof Measure.Ratio) {
                counts(definition, rows);
            } else if (measure instanceof Measure.PairedChange) {
                details(definition, rows);
            }
        }
        return leaks;
    }

    /** A row with one hidden group and its total shown gives the hidden group back. */
    private void totalLessShown(IndicatorDefinition definition, List<Expected> truth, List<Published> rows) {
        Optional<Published> total =
                rows.stream().filter(r -> r.breakdown().isEmpty()).findFirst();
        if (total.isEmpty() || total.get().hidden()) {
            return;
        }
        long all = total.get().count("n").orElse(0L);
        Map<String, List<Published>> breakdowns = rows.stream()
                .filter(r -> !r.breakdown().isEmpty())
                .collect(Collectors.groupingBy(Published::breakdown));
        breakdowns.forEach((breakdown, groups) -> {
            List<Published> hidden = groups.stream().filter(Published::hidden).toList();
            if (hidden.size() != 1) {
                return;
            }
            long shown = groups.stream()
                    .filter(g -> !g.hidden())
                    .mapToLong(g -> g.count("n").orElse(0L))
                    .sum();
            OptionalLong real = truth.stream()
                    .filter(e -> e.breakdown().equals(breakdown)
                            && e.group().equals(hidden.get(0).group()))
                    .map(Expected::persons)
                    .findFirst()
                    .orElse(OptionalLong.empty());
            if (real.isPresent() && all - shown == real.getAsLong()) {
                leak(definition, hidden.get(0), "leak: total less shown groups", all - shown);
            }
        });
    }

    private void attendanceStatistics(
            IndicatorDefinition definition,
            Measure.Statistic statistic,
            List<Published> rows,
            Map<String, Long> hidden) {
        for (Published row : rows) {
            if (row.hidden() || row.number("value").isEmpty()) {
                continue;
            }
            BigDecimal value = row.number("value").get();
            long events = row.count("n").orElse(0L);
            Long hiddenCount = hidden.get(row.breakdown() + "|" + row.group());
            if (statistic == Measure.Statistic.MEAN) {
                long participants = row.count("numerator")
                        .orElse(value.multiply(BigDecimal.valueOf(events))
                                .setScale(0, RoundingMode.HALF_UP)
                                .longValue());
                if (ReferenceStatistics.small(participants)
                        || Long.valueOf(participants).equals(hiddenCount)) {
                    leak(definition, row, "leak: mean × events", participants);
                }
            } else if (ReferenceStatistics.smallValue(value)
                    || (events == 1 && hiddenCount != null && value.longValue() == hiddenCount)) {
                leak(definition, row, "leak: one event's attendance", value.longValue());
            }
        }
    }

    /** The hidden attendance of the same population, by breakdown and group. */
    private static Map<String, Long> hiddenAttendance(
            List<IndicatorDefinition> definitions,
            IndicatorDefinition statistic,
            Map<String, List<Expected>> expected) {
        Map<String, Long> hidden = new java.util.HashMap<>();
        definitions.stream()
                .filter(d -> d.measure() instanceof Measure.Sum sum && sum.quantity() instanceof Quantity.Attendance)
                .filter(d -> d.population().equals(statistic.population()))
                .forEach(d -> expected.get(d.code()).stream()
                        .filter(Expected::hidden)
                        .filter(e -> e.persons().isPresent())
                        .forEach(e -> hidden.put(
                                e.breakdown() + "|" + e.group(), e.persons().getAsLong())));
        return hidden;
    }

    /** A shown share or ratio gives its numerator (share × denominator) and denominator: neither may be 1–4 persons. */
    private void counts(IndicatorDefinition definition, List<Published> rows) {
        for (Published row : rows) {
            if (row.hidden()) {
                continue;
            }
            Optional<Long> top = row.count("numerator");
            Optional<Long> bottom = row.count("denominator");
            if (top.isEmpty() && bottom.isPresent() && row.number("value").isPresent()) {
                top = Optional.of(row.number("value")
                        .get()
                        .multiply(BigDecimal.valueOf(bottom.get()))
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValue());
            }
            // a ratio's denominator may be events, which are shown however few; a share's is persons
            boolean personsBelow = definition.measure() instanceof Measure.Proportion;
            if (top.filter(ReferenceStatistics::small).isPresent()) {
                leak(definition, row, "leak: share × denominator", top.get());
            } else if (personsBelow && bottom.filter(ReferenceStatistics::small).isPresent()) {
                leak(definition, row, "leak: denominator", bottom.get());
            }
        }
    }

    private void details(IndicatorDefinition definition, List<Published> rows) {
        for (Published row : rows) {
            Map<String, Object> details = row.map("details").orElse(Map.of());
            for (String key : Comparison.DETAIL_COUNTS) {
                Object count = details.get(key);
                if (count != null && ReferenceStatistics.small(Long.parseLong(count.toString()))) {
                    leak(definition, row, "leak: paired-change " + key, Long.parseLong(count.toString()));
                }
            }
        }
    }

    private void leak(IndicatorDefinition definition, Published row, String how, long recovered) {
        leaks.add(new Mismatch(
                scope, definition, row.breakdown(), row.group(), how, "nothing recoverable", Long.toString(recovered)));
    }
}
