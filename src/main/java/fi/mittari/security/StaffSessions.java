package fi.mittari.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Which login sessions still count. Every token carries its account's session generation ({@link #CLAIM}) from when
 * it was issued; it is accepted only while the account exists, is enabled and still has that generation.
 * {@link #endAll} moves the generation on: after a password change or reset, a disable, a change of roles or a
 * logout, every token issued before is refused on every instance at once.
 */
@jakarta.inject.Singleton
public class StaffSessions {

    /** The token claim that holds the account's session generation. */
    public static final String CLAIM = "session_generation";

    private final NamedParameterJdbcTemplate jdbc;

    StaffSessions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation a new token of this account carries; empty when the account does not exist or is disabled. */
    public Optional<Long> currentGeneration(String username) {
        List<Long> found = jdbc.queryForList(
                "SELECT session_generation FROM staff_user WHERE username = :username AND enabled = TRUE",
                Map.of("username", username),
                Long.class);
        return found.stream().findFirst();
    }

    /** Whether a token of this account issued at {@code generation} still opens a session. */
    public boolean isCurrent(String username, long generation) {
        return currentGeneration(username).map(g -> g == generation).orElse(false);
    }

    /** Ends every session of the account, on every instance: tokens issued before are refused from now on. */
    public void endAll(String username) {
        jdbc.update(
                "UPDATE staff_user SET session_generation = session_generation + 1 WHERE username = :username",
                Map.of("username", username));
    }
}
