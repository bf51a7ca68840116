package fi.mittari.indicator.engine;

import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Projects, events, participation, campaigns and answers written with plain SQL, as the context feature's API is
 * another helper's work. The scenario is {@link #alphaAndBeta()}, with every figure worked out in the tests.
 */
public final class IndicatorFixture {

    public static final String FEEDBACK =
            """
            key: engine-feedback
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Palaute}
            description: {fi: Palaute}
            questions:
              - key: region
                type: single_choice
                concept: dim.region
                label: {fi: Maakunta}
                choices:
                  - {value: lappi, label: {fi: Lappi}}
                  - {value: kainuu, label: {fi: Kainuu}}
              - key: partners
                type: yes_no
                concept: outcome.new_partners
                label: {fi: Uusia kumppaneita}
              - key: grade
                type: number
                concept: outcome.grade
                label: {fi: Arvosana}
              - key: code
                type: text
                concept: id.participant
                label: {fi: Tunnus}
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionnaireCatalog questionnaires;

    public IndicatorFixture(NamedParameterJdbcTemplate jdbc, QuestionnaireCatalog questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    /** The scenario the engine's tests work their figures out on (see MeasuringIndicatorsIntegrationTest). */
    public void alphaAndBeta() {
        var fixture = this;
        long alpha = fixture.project("alpha", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long beta = fixture.project("beta", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long e1 = fixture.event(alpha, "E1", LocalDate.of(2026, 2, 10), "training", "lappi");
        long e2 = fixture.event(alpha, "E2", LocalDate.of(2026, 5, 5), "workshop", "kainuu");
        long e0 = fixture.event(alpha, "E0", LocalDate.of(2025, 12, 1), "training", "lappi");
        long b1 = fixture.event(beta, "B1", LocalDate.of(2026, 3, 1), "fair", "uusimaa");
        long o1 = fixture.organisation("O1", "kela");
        long o2 = fixture.organisation("O2", "te_services");
        long o3 = fixture.organisation("O3", "company");
        fixture.participation(e1, "kela", o1, 10);
        fixture.participation(e1, "te_services", o2, 5);
        fixture.participation(e2, "kela", o1, 6);
        fixture.participation(e2, null, null, 4);
        fixture.participation(e0, "kela", o1, 100);
        fixture.participation(b1, "company", o3, 7);
        long version = fixture.questionnaire(IndicatorFixture.FEEDBACK);
        long signIn = fixture.campaign("engine-sign-in", version, alpha, "E2", "SIGN_IN");
        for (int i = 0; i < 3; i++) {
            fixture.response(signIn, version, LocalDateTime.of(2026, 5, 5, 10, i), Map.of());
        }
        long survey = fixture.campaign("engine-survey", version, alpha, "E1", "SURVEY");
        LocalDateTime feb = LocalDateTime.of(2026, 2, 11, 9, 0);
        fixture.response(survey, version, feb, Map.of("region", "lappi", "partners", "yes", "grade", 4, "code", "P1"));
        fixture.response(survey, version, feb, Map.of("region", "lappi", "partners", "yes", "grade", 5, "code", "P2"));
        fixture.response(survey, version, feb, Map.of("region", "lappi", "partners", "no", "grade", 3, "code", "P1"));
        fixture.response(survey, version, feb, Map.of("region", "kainuu", "partners", "yes", "grade", 2, "code", "P3"));
        fixture.response(survey, version, feb, Map.of("region", "kainuu", "partners", "no", "code", "P4"));
        fixture.response(survey, version, feb, Map.of("region", "kainuu", "grade", 5));
        fixture.response(
                survey, version, LocalDateTime.of(2025, 12, 31, 23, 59), Map.of("region", "lappi", "code", "P5"));
        fixture.response(
                survey,
                version,
                LocalDateTime.of(2026, 5, 6, 9, 0),
                Map.of("region", "lappi", "partners", "yes", "grade", 4));
        fixture.coached(alpha, "C1", LocalDate.of(2026, 1, 15), null);
        fixture.coached(alpha, "C2", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1));
        fixture.coached(alpha, "C3", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        fixture.coached(beta, "C1", LocalDate.of(2026, 2, 1), null);
    }

    public long questionnaire(String yaml) {
        LoadOutcome outcome = questionnaires.load("test:" + UUID.randomUUID(), yaml);
        if (outcome instanceof LoadOutcome.VersionCreated created) {
            return created.questionnaire().versionId();
        }
        if (outcome instanceof LoadOutcome.Unchanged unchanged) {
            return unchanged.questionnaire().versionId();
        }
        throw new AssertionError("test questionnaire rejected: " + outcome);
    }

    public long project(String code, LocalDate startsOn, LocalDate endsOn) {
        return insert(
                "INSERT INTO project (code, name, funder, created_at, starts_on, ends_on)"
                        + " VALUES (:code, :name, 'STEA', :now, :starts, :ends)",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Project " + code,
                        "now",
                        now(),
                        "starts",
                        Date.valueOf(startsOn),
                        "ends",
                        Date.valueOf(endsOn)));
    }

    public long event(long projectId, String code, LocalDate startsOn, String type, String region) {
        var params = new MapSqlParameterSource()
                .addValue("project", projectId)
                .addValue("code", code)
                .addValue("name", "Event " + code)
                .addValue("starts", Date.valueOf(startsOn))
                .addValue("region", region)
                .addValue("type", type)
                .addValue("now", now());
        return insert(
                "INSERT INTO event (code, project_id, name, starts_on, ends_on, region_code, event_type, created_at)"
                        + " VALUES (:code, :project, :name, :starts, :starts, :region, :type, :now)",
                params);
    }

    public long organisation(String name, String sector) {
        return insert(
                "INSERT INTO organisation (name, sector_code, created_at) VALUES (:name, :sector, :now)",
                Map.of("name", name, "sector", sector, "now", now()));
    }

    public void participation(long eventId, String sector, Long organisationId, int participants) {
        insert(
                "INSERT INTO participation (event_id, source, sector_code, organisation_id, participants, recorded_at)"
                        + " VALUES (:event, 'COUNTS', :sector, :organisation, :participants, :now)",
                new MapSqlParameterSource()
                        .addValue("event", eventId)
                        .addValue("sector", sector)
                        .addValue("organisation", organisationId)
                        .addValue("participants", participants)
                        .addValue("now", now()));
    }

    public void coached(long projectId, String pseudonym, LocalDate startedOn, LocalDate endedOn) {
        insert(
                "INSERT INTO coached_participant (project_id, pseudonym, started_on, ended_on, created_at)"
                        + " VALUES (:project, :pseudonym, :started, :ended, :now)",
                new MapSqlParameterSource()
                        .addValue("project", projectId)
                        .addValue("pseudonym", pseudonym)
                        .addValue("started", startedOn == null ? null : Date.valueOf(startedOn))
                        .addValue("ended", endedOn == null ? null : Date.valueOf(endedOn))
                        .addValue("now", now()));
    }

    public long campaign(String slug, long versionId, Long projectId, String eventCode, String purpose) {
        return insert(
                "INSERT INTO campaign (slug, title, questionnaire_version_id, project_id, created_at, event_code,"
                        + " purpose) VALUES (:slug, :slug, :version, :project, :now, :event, :purpose)",
                new MapSqlParameterSource()
                        .addValue("slug", slug)
                        .addValue("version", versionId)
                        .addValue("project", projectId)
                        .addValue("now", now())
                        .addValue("event", eventCode)
                        .addValue("purpose", purpose));
    }

    /**
     * A complete response; {@code answers} maps question key to a String (choice or text) or a number. {@code
     * submittedAt} is a time in the application's zone, so its date is the response's day.
     */
    public long response(long campaignId, long versionId, LocalDateTime submittedAt, Map<String, Object> answers) {
        long id = insert(
                "INSERT INTO response (campaign_id, questionnaire_version_id, submission_key, language, channel,"
                        + " submitted_at, submitted_on) VALUES (:campaign, :version, :key, 'fi', 'API', :at, :on)",
                Map.of(
                        "campaign",
                        campaignId,
                        "version",
                        versionId,
                        "key",
                        UUID.randomUUID().toString(),
                        "at",
                        Timestamp.valueOf(submittedAt),
                        "on",
                        submittedAt.toLocalDate()));
        answers.forEach((key, value) -> {
            boolean number = value instanceof Number;
            boolean text = key.equals("code");
            insert(
                    "INSERT INTO answer (response_id, question_key, choice_value, number_value, text_value)"
                            + " VALUES (:response, :key, :choice, :number, :text)",
                    new MapSqlParameterSource()
                            .addValue("response", id)
                            .addValue("key", key)
                            .addValue("choice", number || text ? null : value)
                            .addValue("number", number ? new BigDecimal(value.toString()) : null)
                            .addValue("text", text ? value : null));
        });
        return id;
    }

    private long insert(String sql, Map<String, ?> params) {
        return insert(sql, new MapSqlParameterSource(params));
    }

    private long insert(String sql, MapSqlParameterSource params) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(sql, params, keys, new String[] {"id"});
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 12, 0));
    }
}
