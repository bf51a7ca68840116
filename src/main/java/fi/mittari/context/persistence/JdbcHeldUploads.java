package fi.mittari.context.persistence;

import fi.mittari.context.HeldUploads;
import fi.mittari.context.ImportPreviews;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Held uploads in table context_import_preview, one row an upload. */
@Singleton
class JdbcHeldUploads implements HeldUploads {

    private static final String INSERT = "INSERT INTO context_import_preview"
            + " (token, username, kind, file_name, sheet, created_at, expires_at)"
            + " VALUES (:token, :username, :kind, :fileName, :sheet, :createdAt, :expiresAt)";
    private static final String SELECT = "SELECT kind, file_name, sheet FROM context_import_preview"
            + " WHERE token = :token AND username = :username AND expires_at > :now";
    private static final String DELETE =
            "DELETE FROM context_import_preview WHERE token = :token AND username = :username AND expires_at > :now";
    private static final String DELETE_EXPIRED = "DELETE FROM context_import_preview WHERE expires_at <= :now";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcHeldUploads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void hold(String token, String username, Held upload, Instant now, Instant expiresAt) {
        jdbc.update(
                INSERT,
                Map.of(
                        "token", token,
                        "username", username,
                        "kind", upload.kind().name(),
                        "fileName", upload.fileName(),
                        "sheet", upload.sheet(),
                        "createdAt", Timestamp.from(now),
                        "expiresAt", Timestamp.from(expiresAt)));
    }

    @Override
    public Optional<Held> find(String token, String username, Instant now) {
        return jdbc
                .query(
                        SELECT,
                        key(token, username, now),
                        (rs, n) -> new Held(
                                ImportPreviews.Kind.valueOf(rs.getString("kind")),
                                rs.getString("file_name"),
                                rs.getBytes("sheet")))
                .stream()
                .findFirst();
    }

    @Override
    public boolean forget(String token, String username, Instant now) {
        return jdbc.update(DELETE, key(token, username, now)) == 1;
    }

    @Override
    public void forgetExpired(Instant now) {
        jdbc.update(DELETE_EXPIRED, Map.of("now", Timestamp.from(now)));
    }

    private static Map<String, Object> key(String token, String username, Instant now) {
        return Map.of("token", token, "username", username, "now", Timestamp.from(now));
    }
}
