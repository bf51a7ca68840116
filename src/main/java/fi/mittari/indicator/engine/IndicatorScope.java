package fi.mittari.indicator.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run computes indicators for: whose records ({@link Coverage}: one project, all projects, an ecosystem of
 * several projects, or a region ecosystem) over a period of whole days from {@code from} to {@code to}, both included. Events count by their
 * start date, responses by their submission time. Stored rows name the scope by {@link #projectCode()}.
 */
public record IndicatorScope(Coverage coverage, LocalDate from, LocalDate to) {

    /** How stored rows name the scope of all projects. */
    public static final String ALL_PROJECTS = "*";

    /** How stored rows name an ecosystem's scope: this prefix and its code (no project code has a colon). */
    public static final String ECOSYSTEM_PREFIX = "ecosystem:";

    /** Whose records a scope reads. */
    public sealed interface Coverage {

        /** The key stored rows carry. */
        String key();

        /** The codes of the projects whose records are read; empty for all projects. */
        Optional<List<String>> projectCodes();

        /** The region whose records alone are read (docs/indicators.md, "Region ecosystems"); empty for any region. */
        Optional<String> region();

        /** Every project's records, and the survey answers of campaigns tied to no project. */
        record AllProjects() implements Coverage {
            @Override
            public String key() {
                return ALL_PROJECTS;
            }

            @Override
            public Optional<List<String>> projectCodes() {
                return Optional.empty();
            }

            @Override
            public Optional<String> region() {
                return Optional.empty();
            }
        }

        record OneProject(String code) implements Coverage {
            public OneProject {
                Objects.requireNonNull(code, "code");
            }

            @Override
            public String key() {
                return code;
            }

            @Override
            public Optional<List<String>> projectCodes() {
                return Optional.of(List.of(code));
            }

            @Override
            public Optional<String> region() {
                return Optional.empty();
            }
        }

        /** The records of the listed projects, read as one whole. */
        record Ecosystem(String code, List<String> projects) implements Coverage {
            public Ecosystem {
                Objects.requireNonNull(code, "code");
                projects = List.copyOf(projects);
            }

            @Override
            public String key() {
                return ecosystemKey(code);
            }

            @Override
            public Optional<List<String>> projectCodes() {
                return Optional.of(projects);
            }

            @Override
            public Optional<String> region() {
                return Optional.empty();
            }
        }

        /**
         * The records of one region across all projects, read as one whole: what the region's group of a breakdown by
         * region over all projects takes (docs/indicators.md, "Region ecosystems").
         */
        record Region(String code, String regionCode) implements Coverage {
            public Region {
                Objects.requireNonNull(code, "code");
                Objects.requireNonNull(regionCode, "regionCode");
            }

            @Override
            public String key() {
                return ecosystemKey(code);
            }

            @Override
            public Optional<List<String>> projectCodes() {
                return Optional.empty();
            }

            @Override
            public Optional<String> region() {
                return Optional.of(regionCode);
            }
        }
    }

    public IndicatorScope {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** One project's scope, or all projects' when {@code project} is empty. */
    public IndicatorScope(Optional<String> project, LocalDate from, LocalDate to) {
        this(project.<Coverage>map(Coverage.OneProject::new).orElseGet(Coverage.AllProjects::new), from, to);
    }

    /** The project of a one-project scope. */
    public Optional<String> project() {
        return coverage instanceof Coverage.OneProject one ? Optional.of(one.code()) : Optional.empty();
    }

    /**
     * The key stored rows carry: the project's code, {@value #ALL_PROJECTS}, or {@value #ECOSYSTEM_PREFIX} and the
     * ecosystem's code.
     */
    public String projectCode() {
        return coverage.key();
    }

    public static String ecosystemKey(String ecosystemCode) {
        return ECOSYSTEM_PREFIX + ecosystemCode;
    }

    /** The whole calendar year, for all projects: the default when a run names neither project nor period. */
    public static IndicatorScope yearOf(LocalDate today) {
        return new IndicatorScope(Optional.empty(), today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    }
}
