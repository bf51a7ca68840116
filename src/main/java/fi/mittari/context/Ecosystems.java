package fi.mittari.context;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The ecosystems staff define, with their projects: every SQL statement on the two tables is here. */
@Singleton
public class Ecosystems {

    private static final String SELECT =
            "SELECT id, code, name_fi, name_sv, name_en, starts_on, ends_on FROM ecosystem";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Ecosystems(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every ecosystem, by code. */
    public List<Ecosystem> all() {
        return jdbc.query(SELECT + " ORDER BY code", Map.of(), (row, i) -> row.getLong("id")).stream()
                .map(this::byId)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Ecosystem> byCode(String code) {
        return jdbc
                .queryForList("SELECT id FROM ecosystem WHERE code = :code", Map.of("code", code), Long.class)
                .stream()
                .findFirst()
                .flatMap(this::byId);
    }

    /** Checks the draft and, when it is right, creates the ecosystem or replaces the one with its code. */
    @Transactional
    public Recorded<Ecosystem> save(EcosystemDraft draft) {
        Set<String> projects = new HashSet<>(jdbc.queryForList("SELECT code FROM project", Map.of(), String.class));
        Recorded<Ecosystem> checked = draft.check(projects);
        if (checked instanceof Recorded.Saved<Ecosystem> saved) {
            save(saved.value());
        }
        return checked;
    }

    /** Creates the ecosystem, or replaces the names, period and projects of the one with its code. */
    @Transactional
    public void save(Ecosystem ecosystem) {
        var params = new MapSqlParameterSource()
                .addValue("code", ecosystem.code())
                .addValue("fi", ecosystem.nameFi())
                .addValue("sv", ecosystem.nameSv())
                .addValue("en", ecosystem.nameEn())
                .addValue("starts", ecosystem.startsOn().map(Date::valueOf).orElse(null), java.sql.Types.DATE)
                .addValue("ends", ecosystem.endsOn().map(Date::valueOf).orElse(null), java.sql.Types.DATE)
                .addValue("now", Timestamp.from(clock.instant()));
        int updated = jdbc.update(
                "UPDATE ecosystem SET name_fi = :fi, name_sv = :sv, name_en = :en, starts_on = :starts,"
                        + " ends_on = :ends WHERE code = :code",
                params);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO ecosystem (code, name_fi, name_sv, name_en, starts_on, ends_on, created_at)"
                            + " VALUES (:code, :fi, :sv, :en, :starts, :ends, :now)",
                    params);
        }
        long id = jdbc.queryForObject("SELECT id FROM ecosystem WHERE code = :code", params, Long.class);
        jdbc.update("DELETE FROM ecosystem_project WHERE ecosystem_id = :id", Map.of("id", id));
        for (String project : ecosystem.projects()) {
            jdbc.update(
                    "INSERT INTO ecosystem_project (ecosystem_id, project_code) VALUES (:id, :project)",
                    Map.of("id", id, "project", project));
        }
    }

    private Optional<Ecosystem> byId(long id) {
        List<String> projects = jdbc.queryForList(
                "SELECT project_code FROM ecosystem_project WHERE ecosystem_id = :id ORDER BY project_code",
                Map.of("id", id),
                String.class);
        return jdbc
                .query(
                        SELECT + " WHERE id = :id",
                        Map.of("id", id),
                        (row, i) -> new Ecosystem(
                                row.getString("code"),
                                row.getString("name_fi"),
                                row.getString("name_sv"),
                                row.getString("name_en"),
                                date(row.getDate("starts_on")),
                                date(row.getDate("ends_on")),
                                projects))
                .stream()
                .findFirst();
    }

    private static Optional<LocalDate> date(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
