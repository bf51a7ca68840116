package fi.mittari.security.persistence;

import fi.mittari.security.FundedProjects;
import fi.mittari.security.FunderProjects.ProjectChoice;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The assignments in table funder_project, one row an account and a project; the projects themselves are read from
 * table project, which the context feature writes.
 */
@Singleton
class JdbcFundedProjects implements FundedProjects {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcFundedProjects(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProjectChoice> projects() {
        return jdbc.query(
                "SELECT code, name FROM project ORDER BY name, code",
                (row, n) -> new ProjectChoice(row.getString("code"), row.getString("name")));
    }

    @Override
    public Set<String> existing(Set<String> codes) {
        return codes.isEmpty()
                ? Set.of()
                : new TreeSet<>(jdbc.queryForList(
                        "SELECT code FROM project WHERE code IN (:codes)", Map.of("codes", codes), String.class));
    }

    @Override
    public Set<String> of(String username) {
        return new TreeSet<>(jdbc.queryForList(
                """
                SELECT fp.project_code FROM funder_project fp JOIN staff_user u ON u.id = fp.staff_user_id
                 WHERE u.username = :username
                """,
                Map.of("username", username),
                String.class));
    }

    @Override
    public void replace(String username, Set<String> codes) {
        long userId = jdbc.queryForObject(
                "SELECT id FROM staff_user WHERE username = :username", Map.of("username", username), Long.class);
        jdbc.update("DELETE FROM funder_project WHERE staff_user_id = :user", Map.of("user", userId));
        for (String code : codes) {
            jdbc.update(
                    "INSERT INTO funder_project (staff_user_id, project_code) VALUES (:user, :code)",
                    Map.of("user", userId, "code", code));
        }
    }
}
