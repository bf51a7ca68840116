package fi.mittari.questionnaire.drafting.persistence;

import fi.mittari.questionnaire.drafting.KeptWorkbooks;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Kept workbooks in table xlsform_kept_upload, one row a workbook, gzipped: MariaDB's driver sends the row as one
 * packet with its bytes escaped, and an .xls is mostly zero bytes, each escaped to two, so that a 10 MB one sent as it
 * is would not fit the default 16 MB packet. Gzipped, no workbook of the upload limit takes much more than 10 MB.
 */
@Singleton
class JdbcKeptWorkbooks implements KeptWorkbooks {

    private static final String INSERT = "INSERT INTO xlsform_kept_upload"
            + " (token, username, file_name, questionnaire_key, workbook, kept_at)"
            + " VALUES (:token, :username, :fileName, :key, :workbook, :keptAt)";
    private static final String SELECT = "SELECT file_name, questionnaire_key, workbook, kept_at"
            + " FROM xlsform_kept_upload WHERE token = :token AND username = :username";
    private static final String DELETE =
            "DELETE FROM xlsform_kept_upload WHERE token = :token AND username = :username";
    private static final String DELETE_ALL_OF = "DELETE FROM xlsform_kept_upload WHERE username = :username";
    private static final String DELETE_OLDER = "DELETE FROM xlsform_kept_upload WHERE kept_at < :oldest";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcKeptWorkbooks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(String token, String username, Kept workbook) {
        // a HashMap, as Map.of takes no null: the key is NULL when none was typed
        Map<String, Object> row = new HashMap<>();
        row.put("token", token);
        row.put("username", username);
        row.put("fileName", workbook.fileName());
        row.put("key", workbook.key().orElse(null));
        row.put("workbook", gzip(workbook.workbook()));
        row.put("keptAt", Timestamp.from(workbook.keptAt()));
        jdbc.update(INSERT, row);
    }

    @Override
    public Optional<Kept> find(String token, String username) {
        return jdbc
                .query(
                        SELECT,
                        Map.of("token", token, "username", username),
                        (rs, n) -> new Kept(
                                rs.getString("file_name"),
                                Optional.ofNullable(rs.getString("questionnaire_key")),
                                gunzip(rs.getBytes("workbook")),
                                rs.getTimestamp("kept_at").toInstant()))
                .stream()
                .findFirst();
    }

    @Override
    public boolean forget(String token, String username) {
        return jdbc.update(DELETE, Map.of("token", token, "username", username)) == 1;
    }

    @Override
    public void forgetAllOf(String username) {
        jdbc.update(DELETE_ALL_OF, Map.of("username", username));
    }

    @Override
    public void forgetKeptBefore(Instant oldest) {
        jdbc.update(DELETE_OLDER, Map.of("oldest", Timestamp.from(oldest)));
    }

    private static byte[] gzip(byte[] workbook) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(workbook.length / 2);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] stored) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
