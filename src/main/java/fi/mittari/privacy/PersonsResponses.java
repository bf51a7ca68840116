package fi.mittari.privacy;

import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Finds the responses a person request names; erasure deletes them, the access export shows them. */
@Singleton
class PersonsResponses {

    /** A response found, with what the erasure record and the access export need of it. */
    record Found(
            long responseId,
            long campaignId,
            String campaignSlug,
            Optional<String> projectCode,
            long questionnaireVersionId,
            String language,
            LocalDate submittedOn) {}

    private static final String RESPONSES =
            """
            SELECT r.id, r.campaign_id, c.slug, p.code AS project_code, r.questionnaire_version_id, r.language,
                   r.submitted_on
              FROM response r
              JOIN campaign c ON c.id = r.campaign_id
              LEFT JOIN event ce ON ce.code = c.event_code
              LEFT JOIN project p ON p.id = COALESCE(c.project_id, ce.project_id)
             WHERE %s
             ORDER BY r.submitted_on, r.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionnaireCatalog questionnaires;

    PersonsResponses(NamedParameterJdbcTemplate jdbc, QuestionnaireCatalog questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    List<Found> find(PersonRequest request) {
        if (request instanceof PersonRequest.ByResponse one) {
            return query("r.id = :id", new MapSqlParameterSource("id", one.responseId()));
        }
        if (request instanceof PersonRequest.ByInvitation invitation) {
            return query(
                    "c.slug = :slug AND r.id IN (SELECT i.response_id FROM invitation i WHERE i.campaign_id = c.id"
                            + " AND i.reference = :reference)",
                    new MapSqlParameterSource("slug", invitation.campaignSlug())
                            .addValue("reference", invitation.reference()));
        }
        return byPseudonym((PersonRequest.ByPseudonym) request);
    }

    /**
     * The project's responses that answer an identifying question ({@code id.…} concept) with the pseudonym, or came
     * by an invitation whose reference is the pseudonym. Which keys are identifying depends on each version.
     */
    private List<Found> byPseudonym(PersonRequest.ByPseudonym request) {
        MapSqlParameterSource params =
                new MapSqlParameterSource("project", request.projectCode()).addValue("pseudonym", request.pseudonym());
        List<Long> versions = jdbc.queryForList(
                """
                SELECT DISTINCT r.questionnaire_version_id FROM response r JOIN campaign c ON c.id = r.campaign_id
                  LEFT JOIN event ce ON ce.code = c.event_code
                  JOIN project p ON p.id = COALESCE(c.project_id, ce.project_id)
                 WHERE p.code = :project
                """,
                params,
                Long.class);
        Set<String> keys = new TreeSet<>();
        for (long version : versions) {
            questionnaires.version(version).ifPresent(stored -> stored.questionnaire().questions().stream()
                    .filter(q -> q.classification().concept().startsWith("id."))
                    .map(Question::key)
                    .forEach(keys::add));
        }
        String byAnswer = keys.isEmpty()
                ? "1 = 0"
                : "r.id IN (SELECT a.response_id FROM answer a WHERE a.question_key IN (:keys)"
                        + " AND UPPER(TRIM(COALESCE(a.text_value, a.choice_value))) = :pseudonym)";
        params.addValue("keys", keys.isEmpty() ? List.of("") : keys);
        return query(
                "p.code = :project AND (" + byAnswer + " OR r.id IN (SELECT i.response_id FROM invitation i"
                        + " WHERE i.campaign_id = c.id AND UPPER(TRIM(i.reference)) = :pseudonym))",
                params);
    }

    private List<Found> query(String condition, MapSqlParameterSource params) {
        return jdbc.query(
                RESPONSES.formatted(condition),
                params,
                (row, n) -> new Found(
                        row.getLong("id"),
                        row.getLong("campaign_id"),
                        row.getString("slug"),
                        Optional.ofNullable(row.getString("project_code")),
                        row.getLong("questionnaire_version_id"),
                        row.getString("language"),
                        row.getObject("submitted_on", LocalDate.class)));
    }

    /** The found responses grouped by campaign, in the order found. */
    static Map<Long, List<Found>> byCampaign(List<Found> found) {
        Map<Long, List<Found>> grouped = new LinkedHashMap<>();
        found.forEach(f ->
                grouped.computeIfAbsent(f.campaignId(), c -> new ArrayList<>()).add(f));
        return grouped;
    }
}
