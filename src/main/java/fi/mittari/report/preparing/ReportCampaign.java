package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.util.HashMap;
import java.util.Map;
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

    /** {@code :campaign}, {@code :from} and {@code :to} (days, both inclusive) for queries over its responses. */
    Map<String, Object> params() {
        return params(Map.of());
    }

    /** As {@link #params()}, with {@code more} beside them. */
    Map<String, Object> params(Map<String, ?> more) {
        Map<String, Object> params = new HashMap<>(more);
        params.put("campaign", campaign.id());
        params.put("from", scope.from());
        params.put("to", scope.to());
        return params;
    }

    /** The question asking {@code concept}, if the questionnaire has one. */
    Optional<Question> conceptQuestion(String concept) {
        return questionnaire.questions().stream()
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }
}
