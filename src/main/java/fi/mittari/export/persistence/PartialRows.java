package fi.mittari.export.persistence;

import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportLayout;
import fi.mittari.export.ExportRow;
import fi.mittari.export.ExportedResponses.ExportedCampaign;
import fi.mittari.export.ExportedResponses.RowSink;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Responses not sent yet, for an export that asks for them: each one's saved answers (the form's raw values as JSON),
 * its campaign's questionnaire version, and as its day the day it was last saved, in Mittari's time zone.
 */
@Singleton
class PartialRows {

    private static final Argument<Map<String, List<String>>> ANSWERS =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private final NamedParameterJdbcTemplate streaming;
    private final ObjectMapper json;

    PartialRows(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        JdbcTemplate cursor =
                new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        cursor.setFetchSize(JdbcExportedResponses.FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.json = json;
    }

    void forEach(
            List<ExportedCampaign> campaigns,
            ExportFilter filter,
            ExportLayout layout,
            Map<Long, String> slugs,
            Map<Long, Integer> versionNumbers,
            ZoneId zone,
            RowSink rows) {
        Map<Long, Long> versionOf = new java.util.HashMap<>();
        campaigns.forEach(c -> versionOf.put(c.id(), c.versionId()));
        var params = new MapSqlParameterSource("campaigns", JdbcExportedResponses.ids(campaigns));
        String sql = "SELECT p.campaign_id, p.submission_key_hash, p.language, p.updated_at, p.answers"
                + " FROM partial_response p WHERE p.campaign_id IN (:campaigns)"
                + filter.language().map(l -> " AND p.language = :language").orElse("")
                + " ORDER BY p.id";
        filter.language().ifPresent(l -> params.addValue("language", l.code()));
        streaming.query(sql, params, (ResultSet row) -> {
            LocalDate day = row.getTimestamp(4).toInstant().atZone(zone).toLocalDate();
            if (!filter.covers(day)) {
                return;
            }
            long campaign = row.getLong(1);
            ExportRow exported = new ExportRow(
                    layout,
                    JdbcExportedResponses.pseudonym(row.getString(2)),
                    slugs.get(campaign),
                    versionNumbers.getOrDefault(versionOf.get(campaign), 0),
                    row.getString(3),
                    day,
                    false);
            try {
                json.readValue(row.getString(5), ANSWERS)
                        .forEach((key, values) -> values.forEach(value -> exported.raw(key, value)));
                rows.accept(exported.finish());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
