package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A survey campaign of one of the report's projects, its questionnaire, and the project's period: responses count by
 * the day they were submitted on (in the application's time zone), from the first day to the last, as the indicator
 * engine counts them.
 */
record ReportCampaign(Campaign campaign, Questionnaire questionnaire, ProjectScope scope) {

    long id() {
        return campaign.id();
    }

    String slug() {
        return campaign.slug();
    }

    /** {@code :campaign}, {@code :from} and {@code :to} (days, both inclusive) for queries over its responses. */
    MapSqlParameterSource params() {
        return new MapSqlParameterSource()
                .addValue("campaign", campaign.id())
                .addValue("from", scope.from())
                .addValue("to", scope.to());
    }

    /** The question asking {@code concept}, if the questionnaire has one. */
    Optional<Question> conceptQuestion(String concept) {
        return questionnaire.questions().stream()
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }
}
