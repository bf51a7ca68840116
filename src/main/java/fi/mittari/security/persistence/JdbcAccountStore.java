package fi.mittari.security.persistence;

import fi.mittari.security.AccountStore;
import fi.mittari.security.StaffAccount;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Staff accounts in table staff_user, one row an account, its only writer; roles are kept comma-separated. */
@Singleton
class JdbcAccountStore implements AccountStore {

    private static final String SELECT = "SELECT username, roles, language, enabled, created_at FROM staff_user";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAccountStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean any() {
        return !jdbc.queryForList("SELECT id FROM staff_user LIMIT 1", Map.of(), Long.class)
                .isEmpty();
    }

    @Override
    public boolean exists(String username) {
        return !jdbc.queryForList(
                        "SELECT id FROM staff_user WHERE username = :username",
                        Map.of("username", username),
                        Long.class)
                .isEmpty();
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return jdbc
                .query(
                        "SELECT id, username, password_hash, roles FROM staff_user WHERE username = :username",
                        Map.of("username", username),
                        (row, n) -> new Credentials(
                                row.getLong("id"),
                                row.getString("username"),
                                row.getString("password_hash"),
                                roles(row.getString("roles"))))
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> language(String username) {
        return jdbc
                .queryForList(
                        "SELECT language FROM staff_user WHERE username = :username",
                        Map.of("username", username),
                        String.class)
                .stream()
                .findFirst();
    }

    @Override
    public List<StaffAccount> all() {
        return jdbc.query(SELECT + " ORDER BY username", JdbcAccountStore::account);
    }

    @Override
    public Optional<StaffAccount> byUsername(String username) {
        return jdbc
                .query(SELECT + " WHERE username = :username", Map.of("username", username), JdbcAccountStore::account)
                .stream()
                .findFirst();
    }

    @Override
    public void add(String username, String passwordHash, List<String> roles, String language, Instant createdAt) {
        jdbc.update(
                """
                INSERT INTO staff_user (username, password_hash, roles, language, created_at)
                VALUES (:username, :hash, :roles, :language, :createdAt)
                """,
                Map.of(
                        "username", username,
                        "hash", passwordHash,
                        "roles", String.join(",", roles),
                        "language", language,
                        "createdAt", Timestamp.from(createdAt)));
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        set("enabled", enabled, username);
    }

    @Override
    public void setRoles(String username, List<String> roles) {
        set("roles", String.join(",", roles), username);
    }

    @Override
    public String passwordHash(String username) {
        return jdbc.queryForObject(
                "SELECT password_hash FROM staff_user WHERE username = :username",
                Map.of("username", username),
                String.class);
    }

    @Override
    public void setPasswordHash(String username, String passwordHash) {
        set("password_hash", passwordHash, username);
    }

    @Override
    public void setLanguage(String username, String language) {
        set("language", language, username);
    }

    /** The account's session generation; empty when it does not exist or is disabled (for JdbcSessionGenerations). */
    Optional<Long> sessionGenerationOfEnabled(String username) {
        return jdbc
                .queryForList(
                        "SELECT session_generation FROM staff_user WHERE username = :username AND enabled = TRUE",
                        Map.of("username", username),
                        Long.class)
                .stream()
                .findFirst();
    }

    void moveSessionGenerationOn(String username) {
        jdbc.update(
                "UPDATE staff_user SET session_generation = session_generation + 1 WHERE username = :username",
                Map.of("username", username));
    }

    /** One column of one account; {@code column} is always one of this class's names, never input. */
    private void set(String column, Object value, String username) {
        jdbc.update(
                "UPDATE staff_user SET " + column + " = :value WHERE username = :username",
                Map.of("value", value, "username", username));
    }

    private static List<String> roles(String stored) {
        return List.of(stored.split(",")).stream()
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }

    private static StaffAccount account(ResultSet row, int number) throws SQLException {
        return new StaffAccount(
                row.getString("username"),
                roles(row.getString("roles")),
                row.getString("language"),
                row.getBoolean("enabled"),
                row.getTimestamp("created_at").toInstant());
    }
}
