package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.ResponsePeriod;
import java.util.Optional;

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

    /** Its responses of the project's period (days, both inclusive), as the response feature is asked for them. */
    ResponsePeriod period() {
        return new ResponsePeriod(campaign.id(), scope.from(), scope.to());
    }

    /** The question asking {@code concept}, if the questionnaire has one. */
    Optional<Question> conceptQuestion(String concept) {
        return questionnaire.questions().stream()
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }
}
