package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import java.util.List;

/**
 * What became of a coached participant, in one place: their <em>last</em> answer to the condition's concept in a
 * survey of their project, given under their pseudonym (the answer to {@code id.participant}, compared as
 * {@link IndicatorSql#person}) from the day their coaching started until {@code followUpMonths} months after the day it
 * ended (no end: until today), in the population's questionnaires if it names any. A participant is counted when that
 * answer meets the condition: "employed" is a coached participant whose last follow-up says they are in work. Counting
 * coached participants (not answers) keeps each person once and lets a breakdown by year group them by the year their
 * coaching started, as the count of all coached does, so that the employment rate by year divides like by like.
 */
final class CoachingOutcomes {

    private final ConceptKeys concepts;
    private final int followUpMonths;

    CoachingOutcomes(ConceptKeys concepts, int followUpMonths) {
        this.concepts = concepts;
        this.followUpMonths = followUpMonths;
    }

    /**
     * Joins to coached participant {@code cp} their last answer to the filter's concept as {@code fo} (of response
     * {@code fr}) and keeps those whose answer meets the filter; one row per participant, so that a breakdown by
     * another answer of that response can join it to {@code fr}.
     */
    void join(IndicatorDefinition definition, Filter filter, List<String> joins, List<String> where, SqlParams params) {
        String concept;
        String meets;
        if (filter instanceof Filter.AnswerIn in) {
            concept = in.concept();
            meets = "fo.choice_value IN (" + params.bind(in.values()) + ")";
        } else if (filter instanceof Filter.AnswerBetween between) {
            concept = between.concept();
            StringBuilder range = new StringBuilder("fo.number_value IS NOT NULL");
            between.min()
                    .ifPresent(min -> range.append(" AND fo.number_value >= ").append(params.bind(min)));
            between.max()
                    .ifPresent(max -> range.append(" AND fo.number_value <= ").append(params.bind(max)));
            meets = range.toString();
        } else {
            // MeasuredRecords.COACHED offers no dimension to narrow by, so the reader refuses this
            throw new IllegalStateException("coached participants are counted by their follow-up answers; they have no "
                    + filter + " of their own");
        }
        String value = filter instanceof Filter.AnswerIn ? "choice_value" : "number_value";
        // The last answer is picked by a window over all of the participants' answers at once, not by asking for each
        // answer whether a later one exists: that correlated NOT EXISTS read every answer to the concept again for each
        // answer, quadratic in the answers (hours at 100,000 follow-ups); this reads each once and numbers them.
        joins.add("JOIN (SELECT cp.id AS participant_id, r.id AS response_id, ROW_NUMBER() OVER (PARTITION BY cp.id"
                + " ORDER BY r.submitted_at DESC, r.id DESC) AS latest"
                + answers("r", "ri", "ro", concept, definition, params) + " AND ro." + value + " IS NOT NULL) fl"
                + " ON fl.participant_id = cp.id AND fl.latest = 1");
        joins.add("JOIN response fr ON fr.id = fl.response_id");
        joins.add("JOIN campaign frc ON frc.id = fr.campaign_id");
        joins.add("LEFT JOIN event fre ON fre.code = frc.event_code");
        joins.add("JOIN answer fo ON fo.response_id = fr.id AND " + concepts.condition("fo", "fr", concept, params));
        where.add(meets);
    }

    /**
     * FROM … WHERE of the answers to {@code concept} given by each coached participant {@code cp} within their
     * follow-up window: response {@code r}, their pseudonym answer {@code id}, the concept's answer {@code outcome}.
     */
    private String answers(
            String r, String id, String outcome, String concept, IndicatorDefinition definition, SqlParams params) {
        return " FROM response " + r
                + " JOIN campaign " + r + "c ON " + r + "c.id = " + r + ".campaign_id"
                + " JOIN campaign_in_project " + r + "p ON " + r + "p.campaign_id = " + r + ".campaign_id"
                + " JOIN answer " + id + " ON " + id + ".response_id = " + r + ".id AND "
                + concepts.condition(id, r, "id.participant", params)
                + " JOIN answer " + outcome + " ON " + outcome + ".response_id = " + r + ".id AND "
                + concepts.condition(outcome, r, concept, params)
                + " JOIN coached_participant cp ON cp.pseudonym = " + IndicatorSql.person(id)
                + " WHERE " + within(r, definition, params);
    }

    /** Response {@code r} (campaign {@code r}c, its project {@code r}p) is a survey of cp's project in cp's window. */
    private String within(String r, IndicatorDefinition definition, SqlParams params) {
        StringBuilder sql = new StringBuilder();
        sql.append(r).append("c.purpose = 'SURVEY'");
        sql.append(" AND ").append(r).append("p.project_id = cp.project_id");
        // the window is of days in MITTARI_TIME_ZONE, the response's stored day (docs/indicators.md, "Time zone"): the
        // instant it was sent would draw the window's edges in the zone of the JVM or the database
        sql.append(" AND (cp.started_on IS NULL OR ").append(r).append(".submitted_on >= cp.started_on)");
        sql.append(" AND (cp.ended_on IS NULL OR ")
                .append(r)
                // a whole number from the settings, written out: H2 cannot type a parameter here
                .append(".submitted_on < TIMESTAMPADD(DAY, 1, TIMESTAMPADD(MONTH, ")
                .append(followUpMonths)
                .append(", cp.ended_on)))");
        if (!definition.population().questionnaires().isEmpty()) {
            sql.append(" AND ")
                    .append(r)
                    .append(".questionnaire_version_id IN (SELECT qv.id FROM questionnaire_version qv"
                            + " WHERE qv.questionnaire_key IN (")
                    .append(params.bind(definition.population().questionnaires()))
                    .append("))");
        }
        return sql.toString();
    }
}
