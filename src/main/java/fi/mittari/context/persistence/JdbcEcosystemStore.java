package fi.mittari.context.persistence;

import fi.mittari.context.Ecosystem;
import fi.mittari.context.EcosystemStore;
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

/** The ecosystems in tables ecosystem and ecosystem_project: every SQL statement on the two tables is here. */
@Singleton
class JdbcEcosystemStore implements EcosystemStore {

    private static final String SELECT =
            "SELECT id, code, name_fi, name_sv, name_en, starts_on, ends_on, region_code FROM ecosystem";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    JdbcEcosystemStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Ecosystem> all() {
        return jdbc.query(SELECT + " ORDER BY code", Map.of(), (row, i) -> row.getLong("id")).stream()
                .map(this::byId)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Set<String> codes() {
        return Set.copyOf(jdbc.queryForList("SELECT code FROM ecosystem", Map.of(), String.class));
    }

    @Override
    public Optional<Ecosystem> byCode(String code) {
        return jdbc
                .queryForList("SELECT id FROM ecosystem WHERE code = :code", Map.of("code", code), Long.class)
                .stream()
                .findFirst()
                .flatMap(this::byId);
    }

    @Override
    public Set<String> projectCodes() {
        return new HashSet<>(jdbc.queryForList("SELECT code FROM project", Map.of(), String.class));
    }

    @Override
    public Set<String> regionCodes() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT code FROM code_list_entry WHERE list_name = 'region'", Map.of(), String.class));
    }

    /** Creates the ecosystem, or replaces the names, period and projects or region of the one with its code. */
    @Override
    @Transactional
    public void save(Ecosystem ecosystem) {
        var params = new MapSqlParameterSource()
                .addValue("code", ecosystem.code())
                .addValue("fi", ecosystem.nameFi())
                .addValue("sv", ecosystem.nameSv())
                .addValue("en", ecosystem.nameEn())
                .addValue("starts", ecosystem.startsOn().map(Date::valueOf).orElse(null), java.sql.Types.DATE)
                .addValue("ends", ecosystem.endsOn().map(Date::valueOf).orElse(null), java.sql.Types.DATE)
                .addValue("region", ecosystem.region().orElse(null), java.sql.Types.VARCHAR)
                .addValue("now", Timestamp.from(clock.instant()));
        int updated = jdbc.update(
                "UPDATE ecosystem SET name_fi = :fi, name_sv = :sv, name_en = :en, starts_on = :starts,"
                        + " ends_on = :ends, region_code = :region WHERE code = :code",
                params);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO ecosystem (code, name_fi, name_sv, name_en, starts_on, ends_on, region_code,"
                            + " created_at) VALUES (:code, :fi, :sv, :en, :starts, :ends, :region, :now)",
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
                                row.getString("region_code") == null
                                        ? new Ecosystem.Members.ProjectList(projects)
                                        : new Ecosystem.Members.Region(row.getString("region_code"))))
                .stream()
                .findFirst();
    }

    private static Optional<LocalDate> date(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
