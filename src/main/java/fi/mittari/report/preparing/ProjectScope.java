package fi.mittari.report.preparing;

import fi.mittari.context.Project;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One scope of a report with its resolved period and the indicator values stored for exactly that scope: a project
 * of a report of projects, or the ecosystem of a report of an ecosystem ({@code project} empty). {@code code} is what
 * the sheets' rows name it by: the project's code, or the ecosystem's.
 */
record ProjectScope(String code, Optional<Project> project, IndicatorScope scope, List<StoredIndicatorValue> values) {

    ProjectScope {
        values = List.copyOf(values);
    }

    ProjectScope(Project project, IndicatorScope scope, List<StoredIndicatorValue> values) {
        this(project.code(), Optional.of(project), scope, values);
    }

    LocalDate from() {
        return scope.from();
    }

    LocalDate to() {
        return scope.to();
    }

    /**
     * Whether a campaign of {@code projectCode} (its own project or its event's), held at an event of {@code region}
     * if at an event at all, is of this scope: of its projects, and of its region for a region ecosystem.
     */
    boolean holds(Optional<String> projectCode, Optional<String> region) {
        boolean ofProjects = scope.coverage()
                .projectCodes()
                .map(codes -> projectCode.filter(codes::contains).isPresent())
                .orElse(projectCode.isPresent());
        boolean ofRegion = scope.coverage()
                .region()
                .map(code -> region.filter(code::equals).isPresent())
                .orElse(true);
        return ofProjects && ofRegion;
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
