package fi.mittari.audit.persistence;

import fi.mittari.audit.AppendOnly;
import fi.mittari.audit.AuditAction;
import fi.mittari.audit.AuditEntries;
import fi.mittari.audit.AuditEntry;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The audit log in table audit_entry, one row an entry; the table's owner. */
@Singleton
class JdbcAuditEntries implements AuditEntries {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditEntries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(Instant at, String actor, AuditAction action, String target, String details) {
        jdbc.update(
                """
                INSERT INTO audit_entry (recorded_at, actor, action, target, details)
                VALUES (:at, :actor, :action, :target, :details)
                """,
                Map.of(
                        "at", Timestamp.from(at),
                        "actor", actor,
                        "action", action.code(),
                        "target", target,
                        "details", details));
    }

    @Override
    public List<AuditEntry> newestFirst(
            Optional<String> actor,
            Optional<AuditAction> action,
            Optional<Instant> from,
            Optional<Instant> to,
            int limit,
            long skip) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, recorded_at, actor, action, target, details FROM audit_entry WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        actor.ifPresent(a -> {
            sql.append(" AND actor = :actor");
            parameters.put("actor", a);
        });
        action.ifPresent(a -> {
            sql.append(" AND action = :action");
            parameters.put("action", a.code());
        });
        from.ifPresent(f -> {
            sql.append(" AND recorded_at >= :from");
            parameters.put("from", Timestamp.from(f));
        });
        to.ifPresent(t -> {
            sql.append(" AND recorded_at < :to");
            parameters.put("to", Timestamp.from(t));
        });
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT :limit OFFSET :offset");
        parameters.put("limit", limit);
        parameters.put("offset", skip);
        return jdbc.query(sql.toString(), parameters, JdbcAuditEntries::entry);
    }

    /** The flag set, the statement run and the flag cleared on one connection, as the trigger expects. */
    @Override
    public long deleteRecordedBefore(Instant cutoff) {
        Integer deleted = jdbc.getJdbcTemplate().execute((ConnectionCallback<Integer>) connection -> {
            try (Statement flag = connection.createStatement()) {
                flag.execute("SET @" + AppendOnly.RETENTION_FLAG + " = 1");
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM audit_entry WHERE recorded_at < ?")) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    return delete.executeUpdate();
                } finally {
                    flag.execute("SET @" + AppendOnly.RETENTION_FLAG + " = NULL");
                }
            }
        });
        return deleted == null ? 0 : deleted;
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        String code = row.getString("action");
        return new AuditEntry(
                row.getLong("id"),
                row.getTimestamp("recorded_at").toInstant(),
                row.getString("actor"),
                AuditAction.ofCode(code).orElseThrow(() -> new IllegalStateException("Unknown audit action " + code)),
                row.getString("target"),
                row.getString("details"));
    }
}
