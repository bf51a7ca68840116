package fi.mittari.indicator.engine;

import fi.mittari.context.Ecosystem;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a run's optional parameters into a scope: a named project or ecosystem defaults to its own period (or the
 * current year when it has none), all projects to the current year; an explicit {@code from} or {@code to} wins. A run
 * that names nothing at all computes {@link #everyScope() every scope}.
 */
@Singleton
public class ResolvingIndicatorScope {

    private final Projects projects;
    private final Ecosystems ecosystems;
    private final Clock clock;
    private final ZoneId zone;

    ResolvingIndicatorScope(Projects projects, Ecosystems ecosystems, Clock clock, ZoneId zone) {
        this.projects = projects;
        this.ecosystems = ecosystems;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException naming the parameter that is not a date or the project that does not exist */
    public IndicatorScope resolve(Optional<String> project, Optional<String> from, Optional<String> to) {
        return resolve(project, Optional.empty(), from, to);
    }

    /**
     * As {@link #resolve(Optional, Optional, Optional)}, or an ecosystem's scope when {@code ecosystem} is given.
     *
     * @throws IllegalArgumentException naming the parameter that is not a date, the project or ecosystem that does not
     *     exist, or both a project and an ecosystem
     */
    public IndicatorScope resolve(
            Optional<String> project, Optional<String> ecosystem, Optional<String> from, Optional<String> to) {
        Optional<String> code = present(project);
        Optional<String> ecosystemCode = present(ecosystem);
        if (code.isPresent() && ecosystemCode.isPresent()) {
            throw new IllegalArgumentException("parameters 'project' and 'ecosystem': name one scope, not both");
        }
        IndicatorScope defaults;
        if (code.isPresent()) {
            defaults = ownPeriod(projects.byCode(code.get())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "parameter 'project': there is no project with code '" + code.get() + "'")));
        } else if (ecosystemCode.isPresent()) {
            defaults = ownPeriod(ecosystems
                    .byCode(ecosystemCode.get())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "parameter 'ecosystem': there is no ecosystem with code '" + ecosystemCode.get() + "'")));
        } else {
            defaults = IndicatorScope.yearOf(today());
        }
        return new IndicatorScope(
                defaults.coverage(),
                date("from", from).orElse(defaults.from()),
                date("to", to).orElse(defaults.to()));
    }

    /**
     * What a run naming no scope computes: all projects over the current year, then each project over its own period,
     * then each ecosystem over its own, in the order of their codes.
     */
    public List<IndicatorScope> everyScope() {
        List<IndicatorScope> scopes = new ArrayList<>();
        scopes.add(IndicatorScope.yearOf(today()));
        projects.all().stream().map(this::ownPeriod).forEach(scopes::add);
        ecosystems.all().stream().map(this::ownPeriod).forEach(scopes::add);
        return List.copyOf(scopes);
    }

    private IndicatorScope ownPeriod(Project project) {
        return period(
                new IndicatorScope.Coverage.OneProject(project.code()),
                Optional.ofNullable(project.startsOn()),
                Optional.ofNullable(project.endsOn()));
    }

    private IndicatorScope ownPeriod(Ecosystem ecosystem) {
        return period(coverage(ecosystem), ecosystem.startsOn(), ecosystem.endsOn());
    }

    /** Whose records an ecosystem reads: its region's across all projects, or its projects'. */
    public static IndicatorScope.Coverage coverage(Ecosystem ecosystem) {
        return ecosystem
                .region()
                .<IndicatorScope.Coverage>map(region -> new IndicatorScope.Coverage.Region(ecosystem.code(), region))
                .orElseGet(() -> new IndicatorScope.Coverage.Ecosystem(ecosystem.code(), ecosystem.projects()));
    }

    /** A recorded start and end, or the current calendar year where either is not recorded (docs/indicators.md). */
    private IndicatorScope period(
            IndicatorScope.Coverage coverage, Optional<LocalDate> starts, Optional<LocalDate> ends) {
        IndicatorScope year = IndicatorScope.yearOf(today());
        if (starts.isPresent() && ends.isPresent() && !ends.get().isBefore(starts.get())) {
            return new IndicatorScope(coverage, starts.get(), ends.get());
        }
        return new IndicatorScope(coverage, year.from(), year.to());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static Optional<String> present(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }

    private static Optional<LocalDate> date(String name, Optional<String> text) {
        Optional<String> value = present(text);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "parameter '" + name + "' must be a date as YYYY-MM-DD, was '" + value.orElse("") + "'");
        }
    }
}
