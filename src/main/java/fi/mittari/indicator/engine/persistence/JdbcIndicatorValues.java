package fi.mittari.indicator.engine.persistence;

import fi.mittari.indicator.engine.IndicatorRow;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.statistics.Interval;
import fi.mittari.indicator.statistics.SuppressionReason;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The indicator values in tables indicator_value_staging (a run's rows, under its job instance) and indicator_value
 * (the published ones). Publishing is a delete and an insert-select per scope, so it is atomic within the caller's
 * transaction.
 */
@Singleton
class JdbcIndicatorValues implements IndicatorValues {

    private static final String COLUMNS =
            """
            indicator_code, breakdown_key, group_key, group_label, result_value, n, numerator, denominator, ci_low,
            ci_high, extra, suppressed, suppression_reason""";

    private static final String DELETE_STAGED =
            """
            DELETE FROM indicator_value_staging
             WHERE job_instance_id = :instance AND scope_key = :scope AND indicator_code = :code
            """;

    private static final String INSERT_STAGED = "INSERT INTO indicator_value_staging (job_instance_id, scope_key, "
            + COLUMNS
            + ") VALUES (:instance, :scope, :code, :breakdown, :groupKey, :label, :value, :n, :numerator, :denominator,"
            + " :low, :high, :extra, :suppressed, :reason)";

    private static final String SELECT_STAGED = "SELECT " + COLUMNS
            + " FROM indicator_value_staging WHERE job_instance_id = :instance AND scope_key = :scope"
            + " AND indicator_code = :code ORDER BY id";

    private static final String DELETE_SCOPE =
            """
            DELETE FROM indicator_value
             WHERE project_code = :project AND period_from = :from AND period_to = :to
            """;

    private static final String PUBLISH = "INSERT INTO indicator_value (project_code, period_from, period_to, "
            + COLUMNS + ", computed_at, job_execution_id) SELECT :project, :from, :to, " + COLUMNS
            + ", :computedAt, :execution FROM indicator_value_staging WHERE job_instance_id = :instance"
            + " AND scope_key = :project ORDER BY id";

    private static final String DELETE_RUN =
            "DELETE FROM indicator_value_staging WHERE job_instance_id = :instance AND scope_key = :project";

    private static final String COUNT_PUBLISHED =
            "SELECT COUNT(*) FROM indicator_value WHERE project_code = :key AND period_from = :from AND period_to = :to";

    private static final String SELECT_PUBLISHED = "SELECT project_code, period_from, period_to, " + COLUMNS
            + ", computed_at, job_execution_id FROM indicator_value WHERE 1 = 1";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcIndicatorValues(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the run's staged rows of one indicator in one scope (so a retried chunk does not stage them twice).
     */
    @Override
    public void stage(long jobInstanceId, IndicatorScope scope, String indicatorCode, List<IndicatorRow> rows) {
        jdbc.update(
                DELETE_STAGED, Map.of("instance", jobInstanceId, "scope", scope.projectCode(), "code", indicatorCode));
        SqlParameterSource[] batch =
                rows.stream().map(row -> staged(jobInstanceId, scope, row)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT_STAGED, batch);
    }

    @Override
    public List<IndicatorRow> staged(long jobInstanceId, IndicatorScope scope, String indicatorCode) {
        return jdbc.query(
                SELECT_STAGED,
                Map.of("instance", jobInstanceId, "scope", scope.projectCode(), "code", indicatorCode),
                (row, i) -> rowOf(row));
    }

    /**
     * Replaces the scope's published values with the run's rows staged for it; call inside one transaction (with the
     * run's other scopes, when it has several).
     */
    @Override
    public int publish(long jobInstanceId, IndicatorScope scope, Instant computedAt, long jobExecutionId) {
        var params = new MapSqlParameterSource()
                .addValue("project", scope.projectCode())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()))
                .addValue("computedAt", Timestamp.from(computedAt))
                .addValue("execution", jobExecutionId)
                .addValue("instance", jobInstanceId);
        jdbc.update(DELETE_SCOPE, params);
        int published = jdbc.update(PUBLISH, params);
        jdbc.update(DELETE_RUN, params);
        return published;
    }

    /** Published values of a scope, optionally of one indicator and one breakdown ("" for totals only). */
    @Override
    public List<StoredIndicatorValue> published(
            IndicatorScope scope, Optional<String> indicatorCode, Optional<String> breakdownKey) {
        var params = new MapSqlParameterSource()
                .addValue("project", scope.projectCode())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()));
        StringBuilder sql = new StringBuilder(SELECT_PUBLISHED)
                .append(" AND project_code = :project AND period_from = :from AND period_to = :to");
        indicatorCode.ifPresent(code -> {
            sql.append(" AND indicator_code = :code");
            params.addValue("code", code);
        });
        breakdownKey.ifPresent(key -> {
            sql.append(" AND breakdown_key = :breakdown");
            params.addValue("breakdown", key);
        });
        sql.append(" ORDER BY indicator_code, breakdown_key, id");
        return jdbc.query(sql.toString(), params, (row, i) -> {
            IndicatorRow figures = rowOf(row);
            return new StoredIndicatorValue(
                    row.getString("project_code"),
                    row.getDate("period_from").toLocalDate(),
                    row.getDate("period_to").toLocalDate(),
                    figures.indicatorCode(),
                    figures.breakdownKey(),
                    figures.groupKey(),
                    figures.groupLabel(),
                    figures.value(),
                    figures.n(),
                    figures.numerator(),
                    figures.denominator(),
                    Optional.ofNullable(row.getBigDecimal("ci_low")),
                    Optional.ofNullable(row.getBigDecimal("ci_high")),
                    figures.extra(),
                    figures.isSuppressed(),
                    figures.suppression().map(Enum::name),
                    row.getTimestamp("computed_at").toInstant(),
                    row.getLong("job_execution_id"));
        });
    }

    @Override
    public boolean anyPublished(IndicatorScope scope) {
        var params = new MapSqlParameterSource("key", scope.projectCode())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()));
        Long published = jdbc.queryForObject(COUNT_PUBLISHED, params, Long.class);
        return published != null && published > 0;
    }

    private static MapSqlParameterSource staged(long jobInstanceId, IndicatorScope scope, IndicatorRow row) {
        return new MapSqlParameterSource()
                .addValue("instance", jobInstanceId)
                .addValue("scope", scope.projectCode())
                .addValue("code", row.indicatorCode())
                .addValue("breakdown", row.breakdownKey())
                .addValue("groupKey", row.groupKey())
                .addValue("label", row.groupLabel().orElse(null))
                .addValue("value", row.value().orElse(null), java.sql.Types.DECIMAL)
                .addValue("n", row.n().orElse(null), java.sql.Types.BIGINT)
                .addValue("numerator", row.numerator().orElse(null), java.sql.Types.BIGINT)
                .addValue("denominator", row.denominator().orElse(null), java.sql.Types.BIGINT)
                .addValue("low", row.interval().map(i -> bound(i.lower())).orElse(null), java.sql.Types.DECIMAL)
                .addValue("high", row.interval().map(i -> bound(i.upper())).orElse(null), java.sql.Types.DECIMAL)
                .addValue("extra", row.extra().orElse(null), java.sql.Types.VARCHAR)
                .addValue("suppressed", row.isSuppressed())
                .addValue("reason", row.suppression().map(Enum::name).orElse(null), java.sql.Types.VARCHAR);
    }

    private static BigDecimal bound(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static IndicatorRow rowOf(ResultSet row) throws SQLException {
        BigDecimal low = row.getBigDecimal("ci_low");
        BigDecimal high = row.getBigDecimal("ci_high");
        return new IndicatorRow(
                row.getString("indicator_code"),
                row.getString("breakdown_key"),
                row.getString("group_key"),
                Optional.ofNullable(row.getString("group_label")),
                Optional.ofNullable(row.getBigDecimal("result_value")),
                optionalLong(row, "n"),
                optionalLong(row, "numerator"),
                optionalLong(row, "denominator"),
                low == null || high == null
                        ? Optional.empty()
                        : Optional.of(Interval.of95(low.doubleValue(), high.doubleValue())),
                Optional.ofNullable(row.getString("extra")),
                Optional.ofNullable(row.getString("suppression_reason")).map(SuppressionReason::valueOf));
    }

    private static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
