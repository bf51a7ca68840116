package fi.mittari.indicator.engine.persistence;

import fi.mittari.indicator.engine.RetentionRemovals;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Retention removals from table personal_data_removal, counted. */
@Singleton
class JdbcRetentionRemovals implements RetentionRemovals {

    private static final String REMOVED =
            """
            SELECT COUNT(*) FROM personal_data_removal
             WHERE kind IN ('RETENTION_DELETE', 'RETENTION_ANONYMISE')
               AND first_day <= :to AND last_day >= :from %s
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcRetentionRemovals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean removedWithin(LocalDate from, LocalDate to, List<String> projectCodes) {
        String filter = projectCodes.isEmpty() ? "" : "AND project_code IN (:projects)";
        var params = new MapSqlParameterSource("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("projects", projectCodes.isEmpty() ? List.of("") : projectCodes);
        Long removed = jdbc.queryForObject(REMOVED.formatted(filter), params, Long.class);
        return removed != null && removed > 0;
    }
}
