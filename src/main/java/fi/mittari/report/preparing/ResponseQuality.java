package fi.mittari.report.preparing;

import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.Question;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.preparing.AskedQuestions.StoredAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The Response and data quality sheet: per survey campaign the invitations, complete and partial responses in the
 * period, and per question how many complete responses were asked it and left it empty. The answers are read as one
 * ordered stream and held one response at a time.
 */
final class ResponseQuality {

    private static final String COUNTS =
            """
            SELECT (SELECT COUNT(*) FROM invitation i WHERE i.campaign_id = :campaign) AS invited,
                   (SELECT COUNT(*) FROM response r WHERE r.campaign_id = :campaign
                       AND r.submitted_on >= :from AND r.submitted_on <= :to) AS complete,
                   (SELECT COUNT(*) FROM partial_response pr WHERE pr.campaign_id = :campaign
                       AND pr.started_at >= :since AND pr.started_at < :until) AS partial
            """;

    private static final String ANSWERS =
            """
            SELECT r.id AS response_id, r.submitted_on AS submitted_on, a.question_key AS question_key,
                   a.choice_value AS choice_value, a.number_value AS number_value, a.text_value AS text_value,
                   a.date_value AS date_value
              FROM response r
              LEFT JOIN answer a ON a.response_id = r.id
             WHERE r.campaign_id = :campaign AND r.submitted_on >= :from AND r.submitted_on <= :to
             ORDER BY r.id, a.question_key, a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ReportTexts texts;

    private final ZoneId zone;

    ResponseQuality(
            NamedParameterJdbcTemplate jdbc, NamedParameterJdbcTemplate streaming, ReportTexts texts, ZoneId zone) {
        this.jdbc = jdbc;
        this.streaming = streaming;
        this.texts = texts;
        this.zone = zone;
    }

    CampaignQuality quality(ReportCampaign campaign) {
        // A partial response has no day of its own: the period's days are turned into instants in the setting's zone.
        var scope = campaign.scope();
        Map<String, Object> counts = jdbc.queryForMap(
                COUNTS,
                campaign.params(Map.of(
                        "since",
                        Timestamp.from(scope.from().atStartOfDay(zone).toInstant()),
                        "until",
                        Timestamp.from(scope.to().plusDays(1).atStartOfDay(zone).toInstant()))));
        long invited = ((Number) counts.get("invited")).longValue();
        long complete = ((Number) counts.get("complete")).longValue();
        long partial = ((Number) counts.get("partial")).longValue();
        Optional<BigDecimal> rate = invited == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(invited), 6, RoundingMode.HALF_UP));
        return new CampaignQuality(
                campaign.slug(),
                campaign.campaign().title(),
                invited == 0 ? Optional.empty() : Optional.of(invited),
                complete,
                partial,
                rate,
                missing(campaign));
    }

    private List<CampaignQuality.MissingAnswers> missing(ReportCampaign campaign) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Question question : campaign.questionnaire().questions()) {
            if (!question.takesAnswer()) {
                continue;
            }
            List<MatrixItem> items = MatrixItems.of(question);
            if (!items.isEmpty()) {
                for (MatrixItem item : items) {
                    labels.put(
                            question.key() + "." + item.key(),
                            texts.text(question.label()) + " – " + texts.text(item.label()));
                }
            } else {
                labels.put(question.key(), texts.text(question.label()));
            }
        }
        Tally tally = new Tally(new AskedQuestions(campaign.questionnaire()));
        streaming.query(ANSWERS, campaign.params(), tally::row);
        tally.finish();
        List<CampaignQuality.MissingAnswers> missing = new ArrayList<>();
        labels.forEach((key, label) -> {
            long asked = tally.asked.getOrDefault(key, 0L);
            long empty = tally.missing.getOrDefault(key, 0L);
            missing.add(new CampaignQuality.MissingAnswers(
                    key,
                    label,
                    asked,
                    empty,
                    asked == 0
                            ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(empty)
                                    .divide(BigDecimal.valueOf(asked), 6, RoundingMode.HALF_UP))));
        });
        return missing;
    }

    /** Counts per answer key while the rows stream by, one response's answers in memory at a time. */
    private static final class Tally {
        private final AskedQuestions questions;
        private final Map<String, Long> asked = new LinkedHashMap<>();
        private final Map<String, Long> missing = new LinkedHashMap<>();
        private long response = -1;
        private LocalDate submittedOn;
        private final List<StoredAnswer> answers = new ArrayList<>();

        Tally(AskedQuestions questions) {
            this.questions = questions;
        }

        void row(ResultSet row) throws SQLException {
            long id = row.getLong("response_id");
            if (id != response) {
                finish();
                response = id;
                submittedOn = row.getDate("submitted_on").toLocalDate();
            }
            String key = row.getString("question_key");
            if (key != null) {
                answers.add(new StoredAnswer(
                        key,
                        Optional.ofNullable(row.getString("choice_value")),
                        Optional.ofNullable(row.getBigDecimal("number_value")),
                        Optional.ofNullable(row.getString("text_value")),
                        Optional.ofNullable(row.getDate("date_value")).map(java.sql.Date::toLocalDate)));
            }
        }

        void finish() {
            if (response < 0) {
                return;
            }
            Set<String> answered = new HashSet<>();
            answers.forEach(a -> answered.add(a.questionKey()));
            for (String key : questions.asked(answers, submittedOn)) {
                asked.merge(key, 1L, Long::sum);
                if (!answered.contains(key)) {
                    missing.merge(key, 1L, Long::sum);
                }
            }
            answers.clear();
            response = -1;
        }
    }
}
