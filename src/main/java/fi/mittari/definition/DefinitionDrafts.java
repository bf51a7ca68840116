package fi.mittari.definition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The table definition_draft: at most one draft per definition. */
@Singleton
class DefinitionDrafts {

    private final NamedParameterJdbcTemplate jdbc;

    DefinitionDrafts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DefinitionDraft> all(DefinitionKind kind) {
        return jdbc.query(
                "SELECT kind, code, yaml, updated_by, updated_at FROM definition_draft WHERE kind = :kind ORDER BY code",
                Map.of("kind", kind.code()),
                DefinitionDrafts::row);
    }

    Optional<DefinitionDraft> find(DefinitionKind kind, String code) {
        return jdbc
                .query(
                        "SELECT kind, code, yaml, updated_by, updated_at FROM definition_draft"
                                + " WHERE kind = :kind AND code = :code",
                        Map.of("kind", kind.code(), "code", code),
                        DefinitionDrafts::row)
                .stream()
                .findFirst();
    }

    /** Replaces the definition's draft, or starts one. */
    @Transactional
    void save(DefinitionDraft draft) {
        var values = new MapSqlParameterSource()
                .addValue("kind", draft.kind().code())
                .addValue("code", draft.code())
                .addValue("yaml", draft.yaml())
                .addValue("by", draft.updatedBy())
                .addValue("at", Timestamp.from(draft.updatedAt()));
        int updated = jdbc.update(
                "UPDATE definition_draft SET yaml = :yaml, updated_by = :by, updated_at = :at"
                        + " WHERE kind = :kind AND code = :code",
                values);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO definition_draft (kind, code, yaml, updated_by, updated_at)"
                            + " VALUES (:kind, :code, :yaml, :by, :at)",
                    values);
        }
    }

    @Transactional
    void delete(DefinitionKind kind, String code) {
        jdbc.update(
                "DELETE FROM definition_draft WHERE kind = :kind AND code = :code",
                Map.of("kind", kind.code(), "code", code));
    }

    private static DefinitionDraft row(ResultSet rs, int n) throws SQLException {
        return new DefinitionDraft(
                DefinitionKind.of(rs.getString("kind")).orElseThrow(),
                rs.getString("code"),
                rs.getString("yaml"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
