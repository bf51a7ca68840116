package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Measure.Filter;
import fi.mittari.indicator.definition.Measure.Quantity;
import java.util.List;

/**
 * What a measure asks of the answers, as SQL over the answer rows of response {@code r}: a filter's condition, the
 * default denominator of a share (a known value), and the join of the number a sum or summary reads. Answers are
 * found by concept through {@link ConceptKeys}.
 */
final class AnswerConditions {

    private final ConceptKeys concepts;

    AnswerConditions(ConceptKeys concepts) {
        this.concepts = concepts;
    }

    void joinNumber(Quantity quantity, List<String> joins, SqlParams params) {
        if (!(quantity instanceof Quantity.AnswerNumber number)) {
            throw new IllegalStateException("respondents have no number to add up or average; the reader refuses this");
        }
        joins.add("JOIN answer na ON na.response_id = r.id AND na.number_value IS NOT NULL AND "
                + concepts.condition("na", number.concept(), params));
    }

    String condition(IndicatorSource source, Filter filter, SqlParams params) {
        if (filter instanceof Filter.DimensionIn in) {
            return source.column(in.dimension()) + " IN (" + params.bind(in.values()) + ")";
        }
        requireAnswers(source, filter);
        String alias = "f" + params.values().size();
        String answered = "EXISTS (SELECT 1 FROM answer " + alias + " WHERE " + alias + ".response_id = r.id AND ";
        if (filter instanceof Filter.AnswerIn in) {
            return answered + concepts.condition(alias, in.concept(), params) + " AND " + alias + ".choice_value IN ("
                    + params.bind(in.values()) + "))";
        }
        var between = (Filter.AnswerBetween) filter;
        StringBuilder sql = new StringBuilder(answered + concepts.condition(alias, between.concept(), params));
        between.min().ifPresent(min -> sql.append(" AND " + alias + ".number_value >= " + params.bind(min)));
        between.max().ifPresent(max -> sql.append(" AND " + alias + ".number_value <= " + params.bind(max)));
        return sql.append(" AND ")
                .append(alias)
                .append(".number_value IS NOT NULL)")
                .toString();
    }

    /** The default denominator of a share: those with a known value of what the numerator asks about. */
    String known(IndicatorSource source, Filter numerator, SqlParams params) {
        if (numerator instanceof Filter.DimensionIn in) {
            return source.column(in.dimension()) + " IS NOT NULL";
        }
        requireAnswers(source, numerator);
        String concept =
                numerator instanceof Filter.AnswerIn in ? in.concept() : ((Filter.AnswerBetween) numerator).concept();
        String alias = "d" + params.values().size();
        String value = numerator instanceof Filter.AnswerIn ? ".choice_value" : ".number_value";
        return "EXISTS (SELECT 1 FROM answer " + alias + " WHERE " + alias + ".response_id = r.id AND "
                + concepts.condition(alias, concept, params) + " AND " + alias + value + " IS NOT NULL)";
    }

    static void requireAnswers(IndicatorSource source, Filter filter) {
        source.records().refusal(filter).ifPresent(AnswerConditions::defect);
    }

    /** What the definition reader refuses has reached the engine: a defect, never a figure quietly left out. */
    static void defect(String reason) {
        throw new IllegalStateException(reason + "; the definition reader refuses this");
    }
}
