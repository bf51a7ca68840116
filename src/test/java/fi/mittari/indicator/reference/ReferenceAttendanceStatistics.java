package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.reference.Unit.Attendance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Mean, median, minimum and maximum of attendance per event, over the events with attendance recorded in each group
 * ("What is counted"), hidden with the group's attendance and, for a minimum, median or maximum of 1–4, on its own
 * ("Small groups are never revealed", rule 4). A mean shows the participants and events it is the quotient of.
 */
final class ReferenceAttendanceStatistics {

    private final ScopeRecords records;

    ReferenceAttendanceStatistics(ScopeRecords records) {
        this.records = records;
    }

    List<Expected> rows(IndicatorDefinition definition, Measure.Statistic statistic, Optional<Breakdown> breakdown) {
        List<Attendance> units = records.attendance(definition.population());
        var grouping = Grouping.of(units, breakdown);
        Map<String, Long> attendance = new LinkedHashMap<>();
        grouping.groups()
                .forEach((key, group) -> attendance.put(
                        key, group.stream().mapToLong(Attendance::amount).sum()));
        long total = units.stream().mapToLong(Attendance::amount).sum();
        Map<String, Boolean> hidden = breakdown.isEmpty()
                ? Map.of("", ReferenceStatistics.small(total))
                : PersonRows.hidden(total, attendance);
        String key = ReferenceFigures.key(breakdown);
        List<Expected> rows = new ArrayList<>();
        grouping.groups().forEach((group, groupUnits) -> {
            Map<String, Long> perEvent = new LinkedHashMap<>();
            groupUnits.forEach(u -> perEvent.merge(u.event().code(), u.amount(), Long::sum));
            List<BigDecimal> values =
                    perEvent.values().stream().map(BigDecimal::valueOf).toList();
            rows.add(row(definition, statistic, key, group, values, hidden.get(group)));
        });
        return rows;
    }

    private static Expected row(
            IndicatorDefinition definition,
            Measure.Statistic statistic,
            String breakdown,
            String group,
            List<BigDecimal> values,
            boolean attendanceHidden) {
        if (values.isEmpty()) {
            return Expected.shown(breakdown, group, Optional.empty(), 0);
        }
        BigDecimal exact = exact(statistic, values);
        boolean ownCount = statistic != Measure.Statistic.MEAN && ReferenceStatistics.smallValue(exact);
        if (attendanceHidden || ownCount) {
            return Expected.hidden(breakdown, group, OptionalLong.empty());
        }
        Expected row = Expected.shown(
                breakdown,
                group,
                Optional.of(ReferenceStatistics.rounded(exact, definition.decimals())),
                values.size());
        if (statistic != Measure.Statistic.MEAN) {
            return row;
        }
        long participants = values.stream().mapToLong(BigDecimal::longValue).sum();
        row = row.withCounts(participants, values.size());
        return definition.basis() == DataBasis.SAMPLE
                ? row.withInterval(ReferenceStatistics.t(values, ReferenceStatistics.NOT_NEGATIVE))
                : row;
    }

    /** The statistic of {@code values}, a mean rounded to {@code decimals}. */
    static BigDecimal statistic(Measure.Statistic statistic, List<BigDecimal> values, int decimals) {
        return statistic == Measure.Statistic.MEAN
                ? ReferenceStatistics.quotient(sum(values), BigDecimal.valueOf(values.size()), decimals)
                : exact(statistic, values);
    }

    private static BigDecimal exact(Measure.Statistic statistic, List<BigDecimal> values) {
        return switch (statistic) {
            case MEAN -> sum(values).divide(BigDecimal.valueOf(values.size()), 12, java.math.RoundingMode.HALF_UP);
            case MEDIAN -> ReferenceStatistics.median(values);
            case MIN -> Collections.min(values);
            case MAX -> Collections.max(values);
        };
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
