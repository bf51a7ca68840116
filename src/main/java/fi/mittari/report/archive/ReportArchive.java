package fi.mittari.report.archive;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The archive of built funder workbooks: each with what it was built from, its SHA-256 and size, and its file in
 * parts (docs/adr/0014). Written by the funderReport job; listed and downloaded by staff and funders; its files are
 * what email deliveries attach.
 */
@Singleton
public class ReportArchive {

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
    private final ReportParts parts;
    private final ReportDeliveries deliveries;
    private final JsonMapper json;
    private final ZoneId zone;

    ReportArchive(
            NamedParameterJdbcTemplate jdbc,
            StoredParts storedParts,
            ReportDeliveries deliveries,
            JsonMapper json,
            ArchivePartSetting parts,
            ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.parts = new ReportParts(storedParts, parts.partSize());
        this.deliveries = deliveries;
        this.json = json;
    }

    /**
     * Archives the report and its file, and queues its email deliveries, all in one transaction: a report is either
     * archived whole with its deliveries, or not at all.
     */
    @Transactional
    public long archive(NewReport report, WrittenFile file) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                INSERT,
                new MapSqlParameterSource()
                        .addValue("title", report.title())
                        .addValue("fileName", FileNames.of(report.reportCode(), report.createdAt(), zone))
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
        try {
            parts.store(id, file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook file could not be read for archiving", e);
        }
        deliveries.queue(id, report.emails(), report.createdAt());
        return id;
    }

    /** Every archived report, newest first. */
    public List<ArchivedReport> list() {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        jdbc.query(DELIVERIES, row -> {
            counts.computeIfAbsent(row.getLong("report_id"), k -> new TreeMap<>())
                    .put(row.getString("status"), row.getInt("n"));
        });
        return jdbc.query(
                SELECT + " ORDER BY created_at DESC, id DESC",
                (row, n) -> report(row, counts.getOrDefault(row.getLong("id"), Map.of())));
    }

    public Optional<ArchivedReport> find(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The definition code's newest report's figures (ArchivedFigures as JSON), if any. */
    Optional<String> newestFigures(String reportCode) {
        return jdbc
                .queryForList(
                        "SELECT figures FROM report WHERE report_code = :code AND figures IS NOT NULL"
                                + " ORDER BY created_at DESC, id DESC LIMIT 1",
                        Map.of("code", reportCode),
                        String.class)
                .stream()
                .findFirst();
    }

    /** Writes the report's file to {@code out}, one part at a time. */
    public void copyFile(long id, OutputStream out) throws IOException {
        parts.copy(id, out);
    }

    /** The report's file as a stream that reads one part at a time. */
    public InputStream openFile(long id) {
        return parts.open(id);
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
