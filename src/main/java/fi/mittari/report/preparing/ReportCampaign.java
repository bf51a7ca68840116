package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A survey campaign of one of the report's projects, its questionnaire, and the project's period: responses count by
 * submission time from the first day's start to the last day's end, as the indicator engine counts them.
 */
record ReportCampaign(Campaign campaign, Questionnaire questionnaire, ProjectScope scope) {

    long id() {
        return campaign.id();
    }

    String slug() {
        return campaign.slug();
    }

    /** {@code :campaign}, {@code :from} (inclusive) and {@code :until} (exclusive) for queries over its responses. */
    MapSqlParameterSource params() {
        return new MapSqlParameterSource()
                .addValue("campaign", campaign.id())
                .addValue("from", Timestamp.valueOf(scope.from().atStartOfDay()))
                .addValue("until", Timestamp.valueOf(scope.to().plusDays(1).atStartOfDay()));
    }

    /** The question asking {@code concept}, if the questionnaire has one. */
    Optional<Question> conceptQuestion(String concept) {
        return questionnaire.questions().stream()
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }
}
