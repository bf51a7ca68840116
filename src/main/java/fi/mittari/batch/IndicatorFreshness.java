package fi.mittari.batch;

import fi.mittari.indicator.engine.IndicatorScope;
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
 * campaigns (or its events' sign-in campaigns), event, participation record or coached participant, or the latest
 * erasure of a person's answers in it (personal_data_removal), after which its values must be recomputed. An ecosystem's
 * values are compared with the newest data of every project (a region takes any project's records).
 */
final class IndicatorFreshness {

    private static final String COMPUTED =
            """
            SELECT MAX(computed_at) FROM indicator_value
             WHERE project_code = :code AND period_from = :from AND period_to = :to
            """;

    private static final String NEWEST_DATA = newestData("p.code = :code");

    private static final String NEWEST_DATA_ANYWHERE = newestData("1 = 1");

    private static String newestData(String condition) {
        return """
            SELECT MAX(t) FROM (
              SELECT MAX(r.submitted_at) AS t
                FROM response r
                JOIN campaign_in_project cip ON cip.campaign_id = r.campaign_id
                JOIN project p ON p.id = cip.project_id
               WHERE %1$s
              UNION ALL
              SELECT MAX(e.created_at) FROM event e JOIN project p ON p.id = e.project_id WHERE %1$s
              UNION ALL
              SELECT MAX(pa.recorded_at)
                FROM participation pa JOIN event e ON e.id = pa.event_id JOIN project p ON p.id = e.project_id
               WHERE %1$s
              UNION ALL
              SELECT MAX(cp.created_at)
                FROM coached_participant cp JOIN project p ON p.id = cp.project_id
               WHERE %1$s
              UNION ALL
              SELECT MAX(x.done_at)
                FROM personal_data_removal x JOIN project p ON p.code = x.project_code
               WHERE x.kind LIKE 'ERASE%%' AND %1$s
            ) newest
            """
                .formatted(condition);
    }

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorFreshness(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's period as the report definition resolves it on {@code today}. */
    ReportPeriod.Dates period(String projectCode, ReportPeriod period, LocalDate today) {
        return ownPeriod("project", projectCode, period, today);
    }

    /** The ecosystem's period as the report definition resolves it on {@code today}. */
    ReportPeriod.Dates ecosystemPeriod(String ecosystemCode, ReportPeriod period, LocalDate today) {
        return ownPeriod("ecosystem", ecosystemCode, period, today);
    }

    /** {@code table}: project or ecosystem, both with a code and an optional first and last day. */
    private ReportPeriod.Dates ownPeriod(String table, String code, ReportPeriod period, LocalDate today) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT starts_on, ends_on FROM " + table + " WHERE code = :code", Map.of("code", code));
        if (found.isEmpty()) {
            throw new IllegalStateException("The report names " + table + " '" + code + "', which does not exist");
        }
        return period.resolve(
                today, date(found.get(0).get("starts_on")), date(found.get(0).get("ends_on")));
    }

    /** True when there are no stored values for the project, or they were computed before its newest data. */
    boolean stale(String projectCode, ReportPeriod.Dates dates) {
        return stale(projectCode, projectCode, NEWEST_DATA, dates);
    }

    /** True when there are no stored values for the ecosystem, or they were computed before any project's newest data. */
    boolean ecosystemStale(String ecosystemCode, ReportPeriod.Dates dates) {
        return stale(IndicatorScope.ecosystemKey(ecosystemCode), "", NEWEST_DATA_ANYWHERE, dates);
    }

    private boolean stale(String key, String projectCode, String newestData, ReportPeriod.Dates dates) {
        Map<String, Object> scope =
                Map.of("code", projectCode, "from", Date.valueOf(dates.from()), "to", Date.valueOf(dates.to()));
        Map<String, Object> stored =
                Map.of("code", key, "from", Date.valueOf(dates.from()), "to", Date.valueOf(dates.to()));
        Optional<Instant> computed = instant(jdbc.queryForObject(COMPUTED, stored, Timestamp.class));
        Optional<Instant> newest = instant(jdbc.queryForObject(newestData, scope, Timestamp.class));
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
