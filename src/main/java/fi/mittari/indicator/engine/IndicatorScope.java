package fi.mittari.indicator.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run computes indicators for: one project (by code) or all projects, over a period of whole days from {@code
 * from} to {@code to}, both included. Events count by their start date, responses by their submission time.
 */
public record IndicatorScope(Optional<String> project, LocalDate from, LocalDate to) {

    /** How stored rows name the scope of all projects. */
    public static final String ALL_PROJECTS = "*";

    public IndicatorScope {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The project's code, or {@value #ALL_PROJECTS}. */
    public String projectCode() {
        return project.orElse(ALL_PROJECTS);
    }

    /** The whole calendar year, for all projects: the default when a run names neither project nor period. */
    public static IndicatorScope yearOf(LocalDate today) {
        return new IndicatorScope(Optional.empty(), today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }
}
