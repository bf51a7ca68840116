package fi.mittari.indicator.engine;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Which scopes keep their published values because answers they were computed from have been removed by a retention
 * rule (docs/indicators.md, "Retention"): recomputed, they would count what is left, and a published figure would
 * quietly fall to zero or change. A scope is kept as published when it has published values and a retention run
 * removed (deleted or anonymised) responses of its projects sent within its period. Erasure on request is not
 * retention: it makes the scope stale and the scope is recomputed without the person.
 */
@Singleton
public class RetiredAnswers {

    private static final String PUBLISHED =
            "SELECT COUNT(*) FROM indicator_value WHERE project_code = :key AND period_from = :from AND period_to = :to";

    private static final String REMOVED =
            """
            SELECT COUNT(*) FROM personal_data_removal
             WHERE kind IN ('RETENTION_DELETE', 'RETENTION_ANONYMISE')
               AND first_day <= :to AND last_day >= :from %s
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RetiredAnswers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the scope's published values stand for answers a retention rule has since removed. */
    public boolean keptAsPublished(IndicatorScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource(
                        "key", scope.coverage().key())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()));
        Long published = jdbc.queryForObject(PUBLISHED, params, Long.class);
        if (published == null || published == 0) {
            return false;
        }
        // all projects and region ecosystems read every project's records (and campaigns tied to none)
        List<String> projects = scope.coverage().projectCodes().orElse(List.of());
        String filter = projects.isEmpty() ? "" : "AND project_code IN (:projects)";
        params.addValue("projects", projects.isEmpty() ? List.of("") : projects);
        Long removed = jdbc.queryForObject(REMOVED.formatted(filter), params, Long.class);
        return removed != null && removed > 0;
    }
}
