package fi.mittari.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads the audit log for an admin; every read is itself recorded. */
@Singleton
public class AuditLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail trail;
    private final ZoneId zone;

    AuditLog(NamedParameterJdbcTemplate jdbc, AuditTrail trail, ZoneId zone) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.zone = zone;
    }

    /** One page of entries, newest first. {@code hasNext} says whether an older page exists. */
    public record Page(List<AuditEntry> entries, int number, boolean hasNext) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The page the query asks for, read by {@code reader}. The read is recorded first, so it is on the page it shows
     * when the filter lets it in.
     */
    @Transactional
    public Page read(AuditQuery query, String reader) {
        trail.record(reader, new AuditEvent.AuditRead(query.describe()));
        StringBuilder sql = new StringBuilder(
                "SELECT id, recorded_at, actor, action, target, details FROM audit_entry WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        query.actor().ifPresent(a -> {
            sql.append(" AND actor = :actor");
            parameters.put("actor", a);
        });
        query.action().ifPresent(a -> {
            sql.append(" AND action = :action");
            parameters.put("action", a.code());
        });
        query.from().ifPresent(d -> {
            sql.append(" AND recorded_at >= :from");
            parameters.put("from", Timestamp.from(d.atStartOfDay(zone).toInstant()));
        });
        query.to().ifPresent(d -> {
            sql.append(" AND recorded_at < :to");
            parameters.put("to", Timestamp.from(d.plusDays(1).atStartOfDay(zone).toInstant()));
        });
        // one more than a page tells whether another page follows, without counting the whole log
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT :limit OFFSET :offset");
        parameters.put("limit", AuditQuery.PAGE_SIZE + 1);
        parameters.put("offset", (long) (query.page() - 1) * AuditQuery.PAGE_SIZE);
        List<AuditEntry> rows = new ArrayList<>(jdbc.query(sql.toString(), parameters, AuditLog::entry));
        boolean hasNext = rows.size() > AuditQuery.PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, AuditQuery.PAGE_SIZE) : rows, query.page(), hasNext);
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
