package fi.mittari.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records read as one whole (a regional network is judged by its whole ecosystem, not by one project): a code, a name
 * in each staff language, its {@link Members members} — a list of projects, or a region across all projects — and an
 * optional period.
 */
public record Ecosystem(
        String code,
        String nameFi,
        String nameSv,
        String nameEn,
        Optional<LocalDate> startsOn,
        Optional<LocalDate> endsOn,
        Members members) {

    /** Whose records an ecosystem reads: a list of projects, or one region across all projects. */
    public sealed interface Members {

        /** The projects' codes; empty for a region. */
        List<String> projects();

        /** The region's code; empty for a list of projects. */
        Optional<String> region();

        /** The records of these projects (at least one). */
        record ProjectList(List<String> codes) implements Members {
            public ProjectList {
                codes = List.copyOf(codes);
            }

            @Override
            public List<String> projects() {
                return codes;
            }

            @Override
            public Optional<String> region() {
                return Optional.empty();
            }
        }

        /** The records of one region, of every project (docs/indicators.md, "Region ecosystems"). */
        record Region(String code) implements Members {
            public Region {
                Objects.requireNonNull(code, "code");
            }

            @Override
            public List<String> projects() {
                return List.of();
            }

            @Override
            public Optional<String> region() {
                return Optional.of(code);
            }
        }
    }

    public Ecosystem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(members, "members");
    }

    /** An ecosystem of the listed projects. */
    public Ecosystem(
            String code,
            String nameFi,
            String nameSv,
            String nameEn,
            Optional<LocalDate> startsOn,
            Optional<LocalDate> endsOn,
            List<String> projects) {
        this(code, nameFi, nameSv, nameEn, startsOn, endsOn, new Members.ProjectList(projects));
    }

    /** The projects' codes; empty for a region ecosystem. */
    public List<String> projects() {
        return members.projects();
    }

    /** The region of a region ecosystem. */
    public Optional<String> region() {
        return members.region();
    }

    /** The name in a staff language ("fi", "sv" or "en"); Finnish for any other. */
    public String name(String language) {
        return switch (language) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
