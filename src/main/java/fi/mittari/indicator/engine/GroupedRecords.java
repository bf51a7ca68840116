package fi.mittari.indicator.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where {@link MeasuredGroups} reads the rows of the engine's grouped queries (a port: the queries are {@link
 * IndicatorSql}'s, so what is counted is decided in the engine; the database adapter runs them).
 */
public interface GroupedRecords {

    /** A group as the query returned it: its raw key (empty: no value) and label, and its figures. */
    record GroupRow(
            Optional<String> group,
            Optional<String> label,
            long n,
            Optional<BigDecimal> value,
            long numerator,
            long denominator,
            OptionalDouble variance) {}

    /** One unit of a statistic per unit (a median): its group's raw key and label, and its value. */
    record UnitRow(Optional<String> group, Optional<String> label, double value) {}

    /** The rows of {@code query}: columns g, label, n, v, num, den, var. */
    List<GroupRow> groups(SqlQuery query);

    /** The rows of {@code query} in its order: columns g, label, x. */
    List<UnitRow> units(SqlQuery query);
}
