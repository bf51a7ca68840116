package fi.mittari.definition;

import fi.mittari.Sha256;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The table definition_version: every published version, never changed once written. */
@Singleton
public class DefinitionVersions {

    private static final String COLUMNS =
            "v.kind, v.code, v.version_number, v.yaml, v.sha256, v.source, v.file_name, v.published_at, v.published_by";

    private final NamedParameterJdbcTemplate jdbc;

    DefinitionVersions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of each code of the kind, by code. */
    public List<DefinitionVersion> newest(DefinitionKind kind) {
        return jdbc.query(
                "SELECT " + COLUMNS
                        + """
                         FROM definition_version v
                         JOIN (SELECT code, MAX(version_number) AS newest FROM definition_version
                                WHERE kind = :kind GROUP BY code) n
                           ON n.code = v.code AND n.newest = v.version_number
                        WHERE v.kind = :kind
                        ORDER BY v.code
                        """,
                Map.of("kind", kind.code()),
                DefinitionVersions::row);
    }

    /** Every version of one definition, the newest first. */
    public List<DefinitionVersion> history(DefinitionKind kind, String code) {
        return jdbc.query(
                "SELECT " + COLUMNS
                        + " FROM definition_version v WHERE v.kind = :kind AND v.code = :code"
                        + " ORDER BY v.version_number DESC",
                Map.of("kind", kind.code(), "code", code),
                DefinitionVersions::row);
    }

    public Optional<DefinitionVersion> version(DefinitionKind kind, String code, int versionNumber) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM definition_version v"
                                + " WHERE v.kind = :kind AND v.code = :code AND v.version_number = :n",
                        Map.of("kind", kind.code(), "code", code, "n", versionNumber),
                        DefinitionVersions::row)
                .stream()
                .findFirst();
    }

    public Optional<DefinitionVersion> newest(DefinitionKind kind, String code) {
        return history(kind, code).stream().findFirst();
    }

    /** Changes whenever a version of the kind is added, on any instance: the catalogs re-read when it does. */
    String stamp(DefinitionKind kind) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM definition_version WHERE kind = :kind",
                Map.of("kind", kind.code()),
                (rs, n) -> rs.getLong(1) + "/" + rs.getLong(2));
    }

    /**
     * Adds version {@code after + 1}, {@code after} being the newest version the caller decided from. Two instances
     * adding at once decided from the same newest version; the second insert breaks the unique key, its transaction
     * rolls back and the caller reads again.
     */
    @Transactional
    public DefinitionVersion add(
            int after,
            DefinitionKind kind,
            String code,
            String yaml,
            DefinitionSource source,
            Optional<String> fileName,
            Instant at,
            Optional<String> by) {
        int next = after + 1;
        var version = new DefinitionVersion(kind, code, next, yaml, sha256(yaml), source, fileName, at, by);
        jdbc.update(
                """
                INSERT INTO definition_version (kind, code, version_number, yaml, sha256, source, file_name,
                                                published_at, published_by)
                VALUES (:kind, :code, :n, :yaml, :sha, :source, :file, :at, :by)
                """,
                new MapSqlParameterSource()
                        .addValue("kind", kind.code())
                        .addValue("code", code)
                        .addValue("n", next)
                        .addValue("yaml", yaml)
                        .addValue("sha", version.sha256())
                        .addValue("source", source.code())
                        .addValue("file", fileName.orElse(null))
                        .addValue("at", Timestamp.from(at))
                        .addValue("by", by.orElse(null)));
        return version;
    }

    static String sha256(String yaml) {
        return Sha256.hex(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static DefinitionVersion row(ResultSet rs, int n) throws SQLException {
        return new DefinitionVersion(
                DefinitionKind.of(rs.getString("kind")).orElseThrow(),
                rs.getString("code"),
                rs.getInt("version_number"),
                rs.getString("yaml"),
                rs.getString("sha256"),
                DefinitionSource.of(rs.getString("source")),
                Optional.ofNullable(rs.getString("file_name")),
                rs.getTimestamp("published_at").toInstant(),
                Optional.ofNullable(rs.getString("published_by")));
    }
}
