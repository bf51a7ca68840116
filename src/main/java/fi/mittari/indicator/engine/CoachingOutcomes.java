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
        joins.add("JOIN answer fi ON fi.text_value IS NOT NULL AND " + IndicatorSql.person("fi") + " = cp.pseudonym");
        joins.add("JOIN response fr ON fr.id = fi.response_id AND "
                + concepts.condition("fi", "fr", "id.participant", params));
        joins.add("JOIN campaign frc ON frc.id = fr.campaign_id");
        joins.add("LEFT JOIN event fre ON fre.code = frc.event_code");
        joins.add("JOIN answer fo ON fo.response_id = fr.id AND " + concepts.condition("fo", "fr", concept, params));
        where.add(within("fr", definition, params));
        where.add(meets);
        where.add("NOT EXISTS (SELECT 1" + answers("lr", "li", "lo", concept, definition, params) + " AND lo." + value
                + " IS NOT NULL AND (lr.submitted_at > fr.submitted_at OR (lr.submitted_at = fr.submitted_at"
                + " AND lr.id > fr.id)))");
    }

    /**
     * FROM … WHERE of the answers to {@code concept} given by participant {@code cp} within their follow-up window:
     * response {@code r}, their pseudonym answer {@code id}, the concept's answer {@code outcome}.
     */
    private String answers(
            String r, String id, String outcome, String concept, IndicatorDefinition definition, SqlParams params) {
        String campaign = r + "c";
        String event = r + "e";
        StringBuilder sql = new StringBuilder()
                .append(" FROM response ")
                .append(r)
                .append(" JOIN campaign ")
                .append(campaign)
                .append(" ON ")
                .append(campaign)
                .append(".id = ")
                .append(r)
                .append(".campaign_id LEFT JOIN event ")
                .append(event)
                .append(" ON ")
                .append(event)
                .append(".code = ")
                .append(campaign)
                .append(".event_code");
        sql.append(" JOIN answer ")
                .append(id)
                .append(" ON ")
                .append(id)
                .append(".response_id = ")
                .append(r)
                .append(".id AND ")
                .append(concepts.condition(id, r, "id.participant", params));
        sql.append(" JOIN answer ")
                .append(outcome)
                .append(" ON ")
                .append(outcome)
                .append(".response_id = ")
                .append(r)
                .append(".id AND ")
                .append(concepts.condition(outcome, r, concept, params));
        return sql.append(" WHERE ")
                .append(IndicatorSql.person(id))
                .append(" = cp.pseudonym AND ")
                .append(within(r, definition, params))
                .toString();
    }

    /** Response {@code r} (campaign {@code r}c, event {@code r}e) is a survey of cp's project in cp's window. */
    private String within(String r, IndicatorDefinition definition, SqlParams params) {
        StringBuilder sql = new StringBuilder();
        sql.append(r).append("c.purpose = 'SURVEY'");
        sql.append(" AND COALESCE(")
                .append(r)
                .append("c.project_id, ")
                .append(r)
                .append("e.project_id) = cp.project_id");
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
