package fi.mittari.report.archive.persistence;

import fi.mittari.report.archive.ArchivedReport;
import fi.mittari.report.archive.ArchivedReports;
import fi.mittari.report.archive.NewReport;
import fi.mittari.report.archive.WrittenFile;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Archived reports' records in table report, with their parameters as JSON, listed with their deliveries counted from
 * table report_delivery.
 */
@Singleton
class JdbcArchivedReports implements ArchivedReports {

    private static final String INSERT =
            """
            INSERT INTO report (title, file_name, size_bytes, sha256, as_of, created_at, job_execution_id, report_code,
                                language, project_codes, period_from, period_to, parameters, definition, figures,
                                started_by)
            VALUES (:title, :fileName, :size, :sha256, :asOf, :createdAt, :jobExecutionId, :code, :language, :projects,
                    :periodFrom, :periodTo, :parameters, :definition, :figures, :startedBy)
            """;

    private static final String SELECT =
            """
            SELECT id, title, file_name, size_bytes, sha256, as_of, created_at, report_code, language, project_codes,
                   period_from, period_to, started_by
              FROM report
            """;

    private static final String DELIVERIES =
            "SELECT report_id, status, COUNT(*) AS n FROM report_delivery GROUP BY report_id, status";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcArchivedReports(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public long add(NewReport report, String fileName, WrittenFile file) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                INSERT,
                new MapSqlParameterSource()
                        .addValue("title", report.title())
                        .addValue("fileName", fileName)
                        .addValue("size", file.sizeBytes())
                        .addValue("sha256", file.sha256())
                        .addValue("asOf", Timestamp.from(report.asOf()))
                        .addValue("createdAt", Timestamp.from(report.createdAt()))
                        .addValue("jobExecutionId", report.jobExecutionId())
                        .addValue("code", report.reportCode())
                        .addValue("language", report.language().name().toLowerCase(java.util.Locale.ROOT))
                        .addValue("projects", String.join(",", report.projects()))
                        .addValue("periodFrom", Date.valueOf(report.periodFrom()))
                        .addValue("periodTo", Date.valueOf(report.periodTo()))
                        .addValue("parameters", toJson(new TreeMap<>(report.parameters())))
                        .addValue("definition", report.definition())
                        .addValue("figures", report.figures())
                        .addValue("startedBy", report.startedBy()),
                keys,
                new String[] {"id"});
        long id = keys.getKey().longValue();
        return id;
    }

    @Override
    public List<ArchivedReport> all() {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        jdbc.query(DELIVERIES, row -> {
            counts.computeIfAbsent(row.getLong("report_id"), k -> new TreeMap<>())
                    .put(row.getString("status"), row.getInt("n"));
        });
        return jdbc.query(
                SELECT + " ORDER BY created_at DESC, id DESC",
                (row, n) -> report(row, counts.getOrDefault(row.getLong("id"), Map.of())));
    }

    @Override
    public Optional<String> newestFigures(String reportCode) {
        return jdbc
                .queryForList(
                        "SELECT figures FROM report WHERE report_code = :code AND figures IS NOT NULL"
                                + " ORDER BY created_at DESC, id DESC LIMIT 1",
                        Map.of("code", reportCode),
                        String.class)
                .stream()
                .findFirst();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchivedReport report(ResultSet row, Map<String, Integer> deliveries) throws SQLException {
        String projects = row.getString("project_codes");
        return new ArchivedReport(
                row.getLong("id"),
                row.getString("title"),
                row.getString("report_code"),
                projects == null || projects.isEmpty() ? List.of() : Arrays.asList(projects.split(",")),
                localDate(row.getDate("period_from")),
                localDate(row.getDate("period_to")),
                row.getString("language"),
                row.getTimestamp("as_of").toInstant(),
                row.getTimestamp("created_at").toInstant(),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getString("file_name"),
                row.getString("started_by"),
                deliveries);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
