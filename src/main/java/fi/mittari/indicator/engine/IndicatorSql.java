package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the indicator engine, in one place: one aggregate query per definition and breakdown, grouped in the
 * database. Every query selects the same columns (see {@link SqlQuery}); {@link IndicatorSource} holds the tables a
 * measure reads and the column each dimension comes from, {@link ScopedRecords} which of their records are in scope,
 * and {@link AnswerConditions} what is asked of their answers.
 */
final class IndicatorSql {

    /**
     * A person as their answer to {@code id.participant} names them. A pseudonym is an opaque code whose letter case
     * and surrounding spaces mean nothing ("tk-1" is TK-1, as coached participants' pseudonyms are stored), so it is
     * compared trimmed and upper-cased: H2 compares text case-sensitively and MariaDB's default collation does not,
     * and this way both count and pair the same persons.
     */
    static String person(String answer) {
        return "UPPER(TRIM(" + answer + ".text_value))";
    }

    private static final String PERSON = person("ia");

    private final ScopedRecords scoped;
    private final ConceptKeys concepts;
    private final AnswerConditions answers;
    private final CoachingOutcomes outcomes;

    /** {@code followUpMonths}: how long after coaching ends a follow-up answer still tells its outcome. */
    IndicatorSql(IndicatorScope scope, ConceptKeys concepts, int followUpMonths) {
        this.scoped = new ScopedRecords(scope);
        this.concepts = concepts;
        this.answers = new AnswerConditions(concepts);
        this.outcomes = new CoachingOutcomes(concepts, followUpMonths);
    }

    /** The query of one definition: the total when {@code breakdown} is empty, else one row per group. */
    SqlQuery measure(IndicatorDefinition definition, Optional<Breakdown> breakdown) {
        Measure measure = definition.measure();
        IndicatorSource source = IndicatorSource.of(measure);
        var params = new SqlParams();
        List<String> joins = new ArrayList<>();
        List<String> where = new ArrayList<>(scoped.of(source, definition, params));
        boolean followedUp = false;
        if (source == IndicatorSource.COACHED
                && measure instanceof Measure.Count count
                && count.where().isPresent()) {
            // before the breakdown's join, which may take another answer of the same follow-up response
            outcomes.join(definition, count.where().get(), joins, where, params);
            followedUp = true;
        }
        boolean byFollowUp = followedUp;
        String[] group = breakdown
                .map(b -> groupColumns(source, b, byFollowUp, joins, params))
                .orElse(null);
        if (measure instanceof Measure.Summary summary) {
            return summary(source, summary, group, joins, where, params);
        }
        String aggregates = aggregates(source, measure, joins, where, params);
        String select = group == null
                ? "SELECT '' AS g, '' AS label, " + aggregates
                : "SELECT " + group[0] + " AS g, MAX(" + group[1] + ") AS label, " + aggregates;
        String sql = select + "\n" + source.from() + "\n" + String.join("\n", joins) + "\nWHERE "
                + String.join("\n  AND ", where) + (group == null ? "" : "\nGROUP BY " + group[0]);
        return new SqlQuery(sql, params.values(), false);
    }

    /**
     * Each answer to the change's concept in a baseline or follow-up response of the scope, with the person's
     * pseudonym and project, oldest first. Pairing is per person, so these rows (one per coached person and wave) are
     * what the paired t needs; they are read, not aggregated.
     */
    SqlQuery pairedAnswers(IndicatorDefinition definition, Measure.PairedChange change) {
        var params = new SqlParams();
        List<String> where = new ArrayList<>(scoped.of(IndicatorSource.RESPONSES, definition, params));
        where.add("q.questionnaire_key IN ("
                + params.bind(List.of(change.baselineQuestionnaire(), change.followupQuestionnaire())) + ")");
        String sql = "SELECT COALESCE(p.code, '') AS project_code, MAX(p.name) AS project_name,"
                + " q.questionnaire_key AS questionnaire, " + PERSON + " AS person, AVG(na.number_value) AS x,"
                + " r.submitted_at AS submitted_at, r.id AS response_id\n"
                + IndicatorSource.RESPONSES.from()
                + "\nJOIN questionnaire_version q ON q.id = r.questionnaire_version_id"
                + "\nJOIN answer ia ON ia.response_id = r.id AND ia.text_value IS NOT NULL AND "
                + concepts.condition("ia", "id.participant", params)
                + "\nJOIN answer na ON na.response_id = r.id AND na.number_value IS NOT NULL AND "
                + concepts.condition("na", change.concept(), params)
                + "\nWHERE " + String.join("\n  AND ", where)
                + "\nGROUP BY p.code, q.questionnaire_key, " + PERSON + ", r.submitted_at, r.id"
                + "\nORDER BY r.submitted_at, r.id";
        return new SqlQuery(sql, params.values(), true);
    }

    /** The group key expression and its label expression. */
    private String[] groupColumns(
            IndicatorSource source, Breakdown breakdown, boolean followedUp, List<String> joins, SqlParams params) {
        if (breakdown instanceof Breakdown.ByDimension byDimension) {
            String column = source.column(byDimension.dimension());
            String label =
                    switch (byDimension.dimension()) {
                        case PROJECT -> "p.name";
                        case EVENT -> "e.name";
                        default -> column;
                    };
            return new String[] {column, label};
        }
        if (breakdown instanceof Breakdown.ByPeriod byPeriod) {
            String date = source.date();
            String key =
                    switch (byPeriod.granularity()) {
                        case MONTH -> "(YEAR(" + date + ") * 100 + MONTH(" + date + "))";
                        case QUARTER -> "(YEAR(" + date + ") * 10 + QUARTER(" + date + "))";
                        case YEAR -> "YEAR(" + date + ")";
                    };
            return new String[] {key, key};
        }
        String concept = ((Breakdown.ByChoice) breakdown).concept();
        if (followedUp) {
            // coached participants by an answer of the follow-up that told their outcome
            joins.add("JOIN answer ga ON ga.response_id = fr.id AND ga.choice_value IS NOT NULL AND "
                    + concepts.condition("ga", "fr", concept, params));
            return new String[] {"ga.choice_value", "ga.choice_value"};
        }
        source.records().refusal(breakdown).ifPresent(AnswerConditions::defect);
        joins.add("JOIN answer ga ON ga.response_id = r.id AND ga.choice_value IS NOT NULL AND "
                + concepts.condition("ga", concept, params));
        return new String[] {"ga.choice_value", "ga.choice_value"};
    }

    private String aggregates(
            IndicatorSource source, Measure measure, List<String> joins, List<String> where, SqlParams params) {
        if (measure instanceof Measure.Count count) {
            if (source != IndicatorSource.COACHED) {
                // coached participants' condition is joined in measure(), before any breakdown
                count.where().ifPresent(filter -> where.add(answers.condition(source, filter, params)));
            }
            String id =
                    switch (count.unit()) {
                        case EVENTS -> "e.id";
                        case RESPONSES -> "r.id";
                        case COACHED_PARTICIPANTS -> "cp.id";
                    };
            return counted("COUNT(DISTINCT " + id + ")");
        }
        if (measure instanceof Measure.DistinctCount distinct) {
            distinct.where().ifPresent(filter -> where.add(answers.condition(source, filter, params)));
            if (distinct.unit() == Measure.DistinctUnit.ORGANISATIONS) {
                return counted("COUNT(DISTINCT pa.organisation_id)");
            }
            if (distinct.unit() == Measure.DistinctUnit.NETWORKS) {
                return counted("COUNT(DISTINCT e.network_code)"); // events of no network add none
            }
            joins.add("JOIN answer ia ON ia.response_id = r.id AND ia.text_value IS NOT NULL AND "
                    + concepts.condition("ia", "id.participant", params));
            // pseudonyms are a project's own: the same code in two projects is two persons
            return counted("COUNT(DISTINCT CONCAT(COALESCE(p.code, ''), '|', " + PERSON + "))");
        }
        if (measure instanceof Measure.Sum sum) {
            if (sum.quantity() instanceof Quantity.Attendance) {
                return counted("COALESCE(SUM(att.amount), 0)");
            }
            answers.joinNumber(sum.quantity(), joins, params);
            return "COUNT(DISTINCT r.id) AS n, COALESCE(SUM(na.number_value), 0) AS v, 0 AS num, 0 AS den,"
                    + " NULL AS var";
        }
        var proportion = (Measure.Proportion) measure;
        where.add(proportion
                .denominator()
                .map(filter -> answers.condition(source, filter, params))
                .orElseGet(() -> answers.known(source, proportion.numerator(), params)));
        String numerator = answers.condition(source, proportion.numerator(), params);
        if (proportion.quantity() instanceof Quantity.Attendance) {
            return "COALESCE(SUM(att.amount), 0) AS n, NULL AS v, COALESCE(SUM(CASE WHEN " + numerator
                    + " THEN att.amount ELSE 0 END), 0) AS num, COALESCE(SUM(att.amount), 0) AS den, NULL AS var";
        }
        return "COUNT(DISTINCT r.id) AS n, NULL AS v, COUNT(DISTINCT CASE WHEN " + numerator
                + " THEN r.id END) AS num, COUNT(DISTINCT r.id) AS den, NULL AS var";
    }

    private SqlQuery summary(
            IndicatorSource source,
            Measure.Summary summary,
            String[] group,
            List<String> joins,
            List<String> where,
            SqlParams params) {
        String unit;
        String x;
        if (summary.quantity() instanceof Quantity.Attendance) {
            unit = "e.id";
            x = "SUM(att.amount)";
        } else {
            answers.joinNumber(summary.quantity(), joins, params);
            unit = "r.id";
            x = "AVG(na.number_value)"; // one answer per response and concept; AVG keeps it one if a version asked
            // twice
        }
        String units = (group == null
                        ? "SELECT '' AS g, '' AS label, " + unit + " AS unit, " + x + " AS x"
                        : "SELECT " + group[0] + " AS g, MAX(" + group[1] + ") AS label, " + unit + " AS unit, " + x
                                + " AS x")
                + "\n" + source.from() + "\n" + String.join("\n", joins) + "\nWHERE " + String.join("\n  AND ", where)
                + "\nGROUP BY " + (group == null ? unit : group[0] + ", " + unit);
        if (summary.statistic() == Measure.Statistic.MEDIAN) {
            return new SqlQuery(
                    "SELECT u.g AS g, u.label AS label, u.x AS x FROM (" + units + ") u ORDER BY u.g",
                    params.values(),
                    true);
        }
        String value =
                switch (summary.statistic()) {
                    case MIN -> "MIN(u.x)";
                    case MAX -> "MAX(u.x)";
                    default -> "AVG(u.x * 1.0)";
                };
        // the persons summed over a group's events: what mean × events gives back, protected as a count
        String persons = summary.quantity().isPersons() ? "SUM(u.x)" : "0";
        return new SqlQuery(
                "SELECT u.g AS g, MAX(u.label) AS label, COUNT(*) AS n, " + value + " AS v, " + persons
                        + " AS num, 0 AS den, VAR_SAMP(u.x) AS var FROM (" + units + ") u GROUP BY u.g",
                params.values(),
                false);
    }

    private static String counted(String expression) {
        return expression + " AS n, " + expression + " AS v, 0 AS num, 0 AS den, NULL AS var";
    }
}
