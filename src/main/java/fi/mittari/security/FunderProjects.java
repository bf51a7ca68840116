package fi.mittari.security;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Which projects' reports each FUNDER account may see and download (funder_project). */
@Singleton
public class FunderProjects {

    private final NamedParameterJdbcTemplate jdbc;

    private final AuditTrail audit;

    FunderProjects(NamedParameterJdbcTemplate jdbc, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Why an assignment was refused. */
    public sealed interface Refusal {
        record NoSuchUser(String username) implements Refusal {}

        record NotAFunder(String username) implements Refusal {}

        record UnknownProjects(List<String> codes) implements Refusal {}
    }

    /** A project an admin may assign to a FUNDER account, by its name. */
    public record ProjectChoice(String code, String name) {}

    /** Every project, by name: what an admin chooses from. */
    public List<ProjectChoice> choices() {
        return jdbc.query(
                "SELECT code, name FROM project ORDER BY name, code",
                (row, n) -> new ProjectChoice(row.getString("code"), row.getString("name")));
    }

    /** The project codes assigned to the account; empty for an account that has none or does not exist. */
    public Set<String> of(String username) {
        return new TreeSet<>(jdbc.queryForList(
                """
                SELECT fp.project_code FROM funder_project fp JOIN staff_user u ON u.id = fp.staff_user_id
                 WHERE u.username = :username
                """,
                Map.of("username", username),
                String.class));
    }

    /** Replaces the account's projects with {@code codes}; refused for a non-FUNDER account or unknown projects. */
    @Transactional
    public Optional<Refusal> assign(String username, List<String> codes) {
        List<Map<String, Object>> users = jdbc.queryForList(
                "SELECT id, roles FROM staff_user WHERE username = :username", Map.of("username", username));
        if (users.isEmpty()) {
            return Optional.of(new Refusal.NoSuchUser(username));
        }
        long userId = ((Number) users.get(0).get("id")).longValue();
        boolean funder = List.of(((String) users.get(0).get("roles")).split(",")).stream()
                .map(String::strip)
                .anyMatch(Roles.FUNDER::equals);
        if (!funder) {
            return Optional.of(new Refusal.NotAFunder(username));
        }
        Set<String> wanted = new TreeSet<>(codes);
        Set<String> known = wanted.isEmpty()
                ? Set.of()
                : new TreeSet<>(jdbc.queryForList(
                        "SELECT code FROM project WHERE code IN (:codes)", Map.of("codes", wanted), String.class));
        if (!known.containsAll(wanted)) {
            return Optional.of(new Refusal.UnknownProjects(
                    wanted.stream().filter(c -> !known.contains(c)).toList()));
        }
        jdbc.update("DELETE FROM funder_project WHERE staff_user_id = :user", Map.of("user", userId));
        for (String code : wanted) {
            jdbc.update(
                    "INSERT INTO funder_project (staff_user_id, project_code) VALUES (:user, :code)",
                    Map.of("user", userId, "code", code));
        }
        audit.record(new AuditEvent.FunderProjectsChanged(username, List.copyOf(wanted)));
        return Optional.empty();
    }

    /** The user names of every FUNDER account, for checking a report's recipients. */
    public Set<String> funderAccounts() {
        Set<String> funders = new TreeSet<>();
        jdbc.query("SELECT username, roles FROM staff_user", rs -> {
            boolean funder = List.of(rs.getString("roles").split(",")).stream()
                    .map(String::strip)
                    .anyMatch(Roles.FUNDER::equals);
            if (funder) {
                funders.add(rs.getString("username"));
            }
        });
        return funders;
    }
}
