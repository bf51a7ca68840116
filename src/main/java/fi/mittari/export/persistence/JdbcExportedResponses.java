package fi.mittari.export.persistence;

import fi.mittari.Sha256;
import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportLayout;
import fi.mittari.export.ExportRow;
import fi.mittari.export.ExportScope;
import fi.mittari.export.ExportedResponses;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The export's responses from the database. Sent responses and their answer rows are read in one query ordered by
 * response, through a forward-only cursor ({@code fetchSize}: MariaDB's driver then streams rather than reading the
 * whole result, H2 reads in pages), and each response becomes a row as soon as its last answer is read: memory holds one
 * response, whatever the number. Responses still being filled in follow, read the same way from their saved JSON.
 */
@Singleton
class JdbcExportedResponses implements ExportedResponses {

    static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final PartialRows partials;
    private final ZoneId zone;

    JdbcExportedResponses(NamedParameterJdbcTemplate jdbc, PartialRows partials, ZoneId zone) {
        this.jdbc = jdbc;
        JdbcTemplate cursor =
                new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.partials = partials;
        this.zone = zone;
    }

    @Override
    public List<ExportedCampaign> campaigns(ExportScope scope, ExportFilter filter) {
        var params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("SELECT c.id, c.slug, c.questionnaire_version_id FROM campaign c"
                + " JOIN questionnaire_version v ON v.id = c.questionnaire_version_id WHERE ");
        if (scope instanceof ExportScope.OfCampaign campaign) {
            sql.append("c.slug = :slug");
            params.addValue("slug", campaign.slug());
        } else {
            sql.append("v.questionnaire_key = :key");
            params.addValue("key", ((ExportScope.OfQuestionnaire) scope).key());
            filter.campaign().ifPresent(slug -> {
                sql.append(" AND c.slug = :slug");
                params.addValue("slug", slug);
            });
        }
        sql.append(" ORDER BY c.slug");
        return jdbc.query(
                sql.toString(),
                params,
                (row, n) -> new ExportedCampaign(row.getLong(1), row.getString(2), row.getLong(3)));
    }

    @Override
    public List<Long> versionIds(List<ExportedCampaign> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("campaigns", ids(campaigns));
        List<Long> answered = jdbc.queryForList(
                "SELECT DISTINCT questionnaire_version_id FROM response WHERE campaign_id IN (:campaigns)",
                params,
                Long.class);
        return java.util.stream.Stream.concat(campaigns.stream().map(ExportedCampaign::versionId), answered.stream())
                .distinct()
                .toList();
    }

    @Override
    public void forEach(List<ExportedCampaign> campaigns, ExportFilter filter, ExportLayout layout, RowSink rows)
            throws IOException {
        if (campaigns.isEmpty()) {
            return;
        }
        Map<Long, String> slugs = new HashMap<>();
        campaigns.forEach(c -> slugs.put(c.id(), c.slug()));
        Map<Long, Integer> versionNumbers = versionNumbers(campaigns);
        var params = new MapSqlParameterSource("campaigns", ids(campaigns));
        StringBuilder sql = new StringBuilder(
                """
                SELECT r.id, r.campaign_id, r.questionnaire_version_id, r.language, r.submitted_on, r.submission_key,
                       a.question_key, a.choice_value, a.number_value, a.text_value, a.date_value
                  FROM response r LEFT JOIN answer a ON a.response_id = r.id
                 WHERE r.campaign_id IN (:campaigns)""");
        filter.from().ifPresent(from -> {
            sql.append(" AND r.submitted_on >= :from");
            params.addValue("from", from);
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND r.submitted_on <= :to");
            params.addValue("to", to);
        });
        filter.language().ifPresent(language -> {
            sql.append(" AND r.language = :language");
            params.addValue("language", language.code());
        });
        sql.append(" ORDER BY r.id, a.id");
        Streamed state = new Streamed(rows);
        try {
            streaming.query(sql.toString(), params, (ResultSet row) -> {
                long id = row.getLong(1);
                if (state.row == null || state.id != id) {
                    state.emit();
                    state.id = id;
                    state.row = new ExportRow(
                            layout,
                            pseudonym(row.getString(6)),
                            slugs.get(row.getLong(2)),
                            versionNumbers.getOrDefault(row.getLong(3), 0),
                            row.getString(4),
                            day(row.getDate(5)),
                            true);
                }
                String key = row.getString(7);
                if (key != null) {
                    state.row.stored(
                            key, row.getString(8), row.getBigDecimal(9), row.getString(10), day(row.getDate(11)));
                }
            });
            state.emit();
            if (filter.partial()) {
                partials.forEach(campaigns, filter, layout, slugs, versionNumbers, zone, rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Not the database id (which tells the order of answering) nor the respondent's key: a one-way digest of it. */
    static String pseudonym(String key) {
        return Sha256.hex(("mittari-export:" + key).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    private Map<Long, Integer> versionNumbers(List<ExportedCampaign> campaigns) {
        Map<Long, Integer> numbers = new HashMap<>();
        jdbc.query(
                "SELECT v.id, v.version_number FROM questionnaire_version v WHERE v.questionnaire_key IN"
                        + " (SELECT w.questionnaire_key FROM questionnaire_version w WHERE w.id IN (:versions))",
                new MapSqlParameterSource(
                        "versions",
                        campaigns.stream().map(ExportedCampaign::versionId).toList()),
                (ResultSet row) -> {
                    numbers.put(row.getLong(1), row.getInt(2));
                });
        return numbers;
    }

    static List<Long> ids(List<ExportedCampaign> campaigns) {
        return campaigns.stream().map(ExportedCampaign::id).toList();
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The response being put together, handed on when the next one starts. */
    private static final class Streamed {
        private final RowSink rows;
        private long id;
        private ExportRow row;

        Streamed(RowSink rows) {
            this.rows = rows;
        }

        void emit() {
            if (row == null) {
                return;
            }
            try {
                rows.accept(row.finish());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            row = null;
        }
    }
}
