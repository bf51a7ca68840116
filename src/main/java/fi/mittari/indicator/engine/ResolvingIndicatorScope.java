package fi.mittari.indicator.engine;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Turns a run's optional parameters into a scope: a named project defaults to its own period (or the current year when
 * it has none), all projects to the current year; an explicit {@code from} or {@code to} wins.
 */
@Singleton
public class ResolvingIndicatorScope {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    ResolvingIndicatorScope(NamedParameterJdbcTemplate jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException naming the parameter that is not a date or the project that does not exist */
    public IndicatorScope resolve(Optional<String> project, Optional<String> from, Optional<String> to) {
        Optional<String> code = project.map(String::strip).filter(p -> !p.isEmpty());
        IndicatorScope defaults = IndicatorScope.yearOf(LocalDate.now(clock.withZone(zone)));
        LocalDate start = defaults.from();
        LocalDate end = defaults.to();
        if (code.isPresent()) {
            List<Map<String, Object>> found = jdbc.queryForList(
                    "SELECT starts_on, ends_on FROM project WHERE code = :code", Map.of("code", code.get()));
            if (found.isEmpty()) {
                throw new IllegalArgumentException(
                        "parameter 'project': there is no project with code '" + code.get() + "'");
            }
            Object starts = found.get(0).get("starts_on");
            Object ends = found.get(0).get("ends_on");
            if (starts != null && ends != null) {
                start = toLocalDate(starts);
                end = toLocalDate(ends);
            }
        }
        return new IndicatorScope(
                code, date("from", from).orElse(start), date("to", to).orElse(end));
    }

    private static Optional<LocalDate> date(String name, Optional<String> text) {
        Optional<String> value = text.map(String::strip).filter(t -> !t.isEmpty());
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "parameter '" + name + "' must be a date as YYYY-MM-DD, was '" + value.orElse("") + "'");
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
