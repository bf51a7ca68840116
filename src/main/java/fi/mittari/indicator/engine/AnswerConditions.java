package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.Quantity;
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
        String concept = quantity.accept(new Quantity.Cases<String>() {
            @Override
            public String attendance(Quantity.Attendance attendance) {
                throw notANumber();
            }

            @Override
            public String respondents(Quantity.Respondents respondents) {
                throw notANumber();
            }

            @Override
            public String answerNumber(Quantity.AnswerNumber answer) {
                return answer.concept();
            }
        });
        joins.add("JOIN answer na ON na.response_id = r.id AND na.number_value IS NOT NULL AND "
                + concepts.condition("na", concept, params));
    }

    private static IllegalStateException notANumber() {
        return new IllegalStateException("respondents have no number to add up or average; the reader refuses this");
    }

    String condition(IndicatorSource source, Filter filter, SqlParams params) {
        return filter.accept(new Filter.Cases<String>() {
            @Override
            public String dimensionIn(Filter.DimensionIn in) {
                return source.column(in.dimension()) + " IN (" + params.bind(in.values()) + ")";
            }

            @Override
            public String answerIn(Filter.AnswerIn in) {
                String alias = answered(source, filter, params);
                return exists(alias) + concepts.condition(alias, in.concept(), params) + " AND " + alias
                        + ".choice_value IN (" + params.bind(in.values()) + "))";
            }

            @Override
            public String answerBetween(Filter.AnswerBetween between) {
                String alias = answered(source, filter, params);
                StringBuilder sql =
                        new StringBuilder(exists(alias) + concepts.condition(alias, between.concept(), params));
                between.min().ifPresent(min -> sql.append(" AND " + alias + ".number_value >= " + params.bind(min)));
                between.max().ifPresent(max -> sql.append(" AND " + alias + ".number_value <= " + params.bind(max)));
                return sql.append(" AND ")
                        .append(alias)
                        .append(".number_value IS NOT NULL)")
                        .toString();
            }
        });
    }

    /** The alias of a filter's answer, after checking that the records have answers; named by the bindings so far. */
    private static String answered(IndicatorSource source, Filter filter, SqlParams params) {
        requireAnswers(source, filter);
        return "f" + params.values().size();
    }

    private static String exists(String alias) {
        return "EXISTS (SELECT 1 FROM answer " + alias + " WHERE " + alias + ".response_id = r.id AND ";
    }

    /** The default denominator of a share: those with a known value of what the numerator asks about. */
    String known(IndicatorSource source, Filter numerator, SqlParams params) {
        return numerator.accept(new Filter.Cases<String>() {
            @Override
            public String dimensionIn(Filter.DimensionIn in) {
                return source.column(in.dimension()) + " IS NOT NULL";
            }

            @Override
            public String answerIn(Filter.AnswerIn in) {
                return knownAnswer(source, numerator, in.concept(), ".choice_value", params);
            }

            @Override
            public String answerBetween(Filter.AnswerBetween between) {
                return knownAnswer(source, numerator, between.concept(), ".number_value", params);
            }
        });
    }

    private String knownAnswer(
            IndicatorSource source, Filter numerator, String concept, String value, SqlParams params) {
        requireAnswers(source, numerator);
        String alias = "d" + params.values().size();
        return exists(alias) + concepts.condition(alias, concept, params) + " AND " + alias + value + " IS NOT NULL)";
    }

    static void requireAnswers(IndicatorSource source, Filter filter) {
        source.records().refusal(filter).ifPresent(AnswerConditions::defect);
    }

    /** What the definition reader refuses has reached the engine: a defect, never a figure quietly left out. */
    static void defect(String reason) {
        throw new IllegalStateException(reason + "; the definition reader refuses this");
    }
}
