package fi.mittari.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several projects whose indicators are read as one whole (a regional network is judged by its whole ecosystem, not
 * by one project): a code, a name in each staff language, the projects' codes, and an optional period.
 */
public record Ecosystem(
        String code,
        String nameFi,
        String nameSv,
        String nameEn,
        Optional<LocalDate> startsOn,
        Optional<LocalDate> endsOn,
        List<String> projects) {

    public Ecosystem {
        Objects.requireNonNull(code, "code");
        projects = List.copyOf(projects);
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
