package fi.mittari.batch;

import fi.mittari.report.definition.ReportPeriod;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Whether a project's stored indicator values for a period are older than its data: the newest response to its
 * campaigns (or its events' sign-in campaigns), event, participation record or coached participant.
 */
final class IndicatorFreshness {

    private static final String COMPUTED =
            """
            SELECT MAX(computed_at) FROM indicator_value
             WHERE project_code = :code AND period_from = :from AND period_to = :to
            """;

    private static final String NEWEST_DATA =
            """
            SELECT MAX(t) FROM (
              SELECT MAX(r.submitted_at) AS t
                FROM response r
                JOIN campaign c ON c.id = r.campaign_id
                LEFT JOIN event ce ON ce.code = c.event_code
                JOIN project p ON p.id = COALESCE(c.project_id, ce.project_id)
               WHERE p.code = :code
              UNION ALL
              SELECT MAX(e.created_at) FROM event e JOIN project p ON p.id = e.project_id WHERE p.code = :code
              UNION ALL
              SELECT MAX(pa.recorded_at)
                FROM participation pa JOIN event e ON e.id = pa.event_id JOIN project p ON p.id = e.project_id
               WHERE p.code = :code
              UNION ALL
              SELECT MAX(cp.created_at)
                FROM coached_participant cp JOIN project p ON p.id = cp.project_id
               WHERE p.code = :code
            ) newest
            """;

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorFreshness(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's period as the report definition resolves it on {@code today}. */
    ReportPeriod.Dates period(String projectCode, ReportPeriod period, LocalDate today) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT starts_on, ends_on FROM project WHERE code = :code", Map.of("code", projectCode));
        if (found.isEmpty()) {
            throw new IllegalStateException("The report names project '" + projectCode + "', which does not exist");
        }
        return period.resolve(
                today, date(found.get(0).get("starts_on")), date(found.get(0).get("ends_on")));
    }

    /** True when there are no stored values for the scope, or they were computed before its newest data. */
    boolean stale(String projectCode, ReportPeriod.Dates dates) {
        Map<String, Object> scope =
                Map.of("code", projectCode, "from", Date.valueOf(dates.from()), "to", Date.valueOf(dates.to()));
        Optional<Instant> computed = instant(jdbc.queryForObject(COMPUTED, scope, Timestamp.class));
        Optional<Instant> newest = instant(jdbc.queryForObject(NEWEST_DATA, scope, Timestamp.class));
        return computed.isEmpty()
                || newest.filter(data -> data.isAfter(computed.get())).isPresent();
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static Optional<LocalDate> date(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof LocalDate d ? d : ((Date) value).toLocalDate());
    }
}
