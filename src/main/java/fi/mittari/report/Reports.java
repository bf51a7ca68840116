package fi.mittari.report;

import fi.mittari.Sha256;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Stored reports: written by the funderReport job, listed and downloaded by staff and funders. */
@Singleton
public class Reports {

    private static final DateTimeFormatter FILE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneId.of("Europe/Helsinki"));

    private static final String INSERT =
            """
            INSERT INTO report (title, file_name, size_bytes, sha256, content, as_of, created_at, job_execution_id)
            VALUES (:title, :fileName, :size, :sha256, :content, :asOf, :createdAt, :jobExecutionId)
            """;

    private static final String LIST =
            """
            SELECT id, title, file_name, size_bytes, sha256, as_of, created_at, job_execution_id
              FROM report
             ORDER BY created_at DESC, id DESC
            """;

    private static final String CONTENT =
            """
            SELECT file_name, content FROM report WHERE id = :id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Reports(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long store(String title, Instant asOf, byte[] workbook, long jobExecutionId) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                INSERT,
                new MapSqlParameterSource()
                        .addValue("title", title)
                        .addValue("fileName", "mittari-report-" + FILE_DATE.format(asOf) + ".xlsx")
                        .addValue("size", workbook.length)
                        .addValue("sha256", Sha256.hex(workbook))
                        .addValue("content", workbook)
                        .addValue("asOf", Timestamp.from(asOf))
                        .addValue("createdAt", Timestamp.from(clock.instant()))
                        .addValue("jobExecutionId", jobExecutionId),
                keys,
                new String[] {"id"});
        return keys.getKey().longValue();
    }

    public List<ReportSummary> list() {
        return jdbc.query(
                LIST,
                (row, n) -> new ReportSummary(
                        row.getLong("id"),
                        row.getString("title"),
                        row.getString("file_name"),
                        row.getLong("size_bytes"),
                        row.getString("sha256"),
                        row.getTimestamp("as_of").toInstant(),
                        row.getTimestamp("created_at").toInstant(),
                        row.getLong("job_execution_id")));
    }

    public Optional<ReportFile> file(long id) {
        return jdbc
                .query(
                        CONTENT,
                        new MapSqlParameterSource("id", id),
                        (row, n) -> new ReportFile(row.getString("file_name"), row.getBytes("content")))
                .stream()
                .findFirst();
    }
}
