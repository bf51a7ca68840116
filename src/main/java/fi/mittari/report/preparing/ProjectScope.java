package fi.mittari.report.preparing;

import fi.mittari.context.Project;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One project of a report with its resolved period and the indicator values stored for exactly that scope. */
record ProjectScope(Project project, IndicatorScope scope, List<StoredIndicatorValue> values) {

    ProjectScope {
        values = List.copyOf(values);
    }

    String code() {
        return project.code();
    }

    LocalDate from() {
        return scope.from();
    }

    LocalDate to() {
        return scope.to();
    }

    /** The indicator's total row (breakdown '' and group ''). */
    Optional<StoredIndicatorValue> total(String indicatorCode) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode)
                        && v.breakdownKey().isEmpty()
                        && v.groupKey().isEmpty())
                .findFirst();
    }

    /** The groups of one breakdown, in the stored order. */
    List<StoredIndicatorValue> breakdown(String indicatorCode, String breakdownKey) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode)
                        && v.breakdownKey().equals(breakdownKey)
                        && !breakdownKey.isEmpty())
                .toList();
    }

    Optional<Instant> computedAt() {
        return values.stream().map(StoredIndicatorValue::computedAt).max(Instant::compareTo);
    }
}
