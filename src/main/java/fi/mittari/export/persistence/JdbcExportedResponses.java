package fi.mittari.export.persistence;

import fi.mittari.Sha256;
import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportLayout;
import fi.mittari.export.ExportRow;
import fi.mittari.export.ExportScope;
import fi.mittari.export.ExportedResponses;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.ResponseSelection;
import fi.mittari.response.StoredResponses;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The export's responses. The campaigns and their questionnaire versions are looked up here; the responses are asked
 * of their owner, the response feature ({@link StoredResponses#eachResponse}), which reads them with their answer rows
 * in one query ordered by response through a forward-only cursor and hands each on as soon as its last answer is read:
 * each becomes a row at once, so memory holds one response, whatever the number. Responses still being filled in
 * follow, read the same way.
 */
@Singleton
class JdbcExportedResponses implements ExportedResponses {

    private final NamedParameterJdbcTemplate jdbc;
    private final StoredResponses responses;
    private final PartialRows partials;
    private final ZoneId zone;

    JdbcExportedResponses(
            NamedParameterJdbcTemplate jdbc, StoredResponses responses, PartialRows partials, ZoneId zone) {
        this.jdbc = jdbc;
        this.responses = responses;
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
        return Stream.concat(
                        campaigns.stream().map(ExportedCampaign::versionId),
                        responses.versionsAnswered(ids(campaigns)).stream())
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
        var selection = new ResponseSelection(
                ids(campaigns), filter.from(), filter.to(), filter.language().map(Language::code));
        try {
            responses.eachResponse(selection, response -> {
                ExportRow row = new ExportRow(
                        layout,
                        pseudonym(response.submissionKey()),
                        slugs.get(response.campaignId()),
                        versionNumbers.getOrDefault(response.questionnaireVersionId(), 0),
                        response.language(),
                        response.submittedOn(),
                        true);
                response.answers()
                        .forEach(answer -> row.stored(
                                answer.questionKey().orElseThrow(),
                                answer.choice().orElse(null),
                                answer.number().orElse(null),
                                answer.text().orElse(null),
                                answer.date().orElse(null)));
                accept(rows, row);
            });
            if (filter.partial()) {
                partials.forEach(campaigns, filter, layout, slugs, versionNumbers, zone, rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Hands the finished row on; the sink's failure is rethrown as it was once the streaming stops. */
    static void accept(RowSink rows, ExportRow row) {
        try {
            rows.accept(row.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
