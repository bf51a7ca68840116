package fi.mittari.report.archive.persistence;

import fi.mittari.report.archive.StoredParts;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The parts of archived reports in table report_part, one row a part. */
@Singleton
class JdbcStoredParts implements StoredParts {

    private static final String INSERT =
            "INSERT INTO report_part (report_id, part_no, content) VALUES (:report, :part, :content)";
    private static final String COUNT = "SELECT COUNT(*) FROM report_part WHERE report_id = :report";
    private static final String PART = "SELECT content FROM report_part WHERE report_id = :report AND part_no = :part";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcStoredParts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(long reportId, int partNo, byte[] content) {
        jdbc.update(INSERT, Map.of("report", reportId, "part", partNo, "content", content));
    }

    @Override
    public int count(long reportId) {
        Integer parts = jdbc.queryForObject(COUNT, Map.of("report", reportId), Integer.class);
        return parts == null ? 0 : parts;
    }

    @Override
    public Optional<byte[]> part(long reportId, int partNo) {
        return Optional.ofNullable(jdbc.queryForObject(PART, Map.of("report", reportId, "part", partNo), byte[].class));
    }
}
