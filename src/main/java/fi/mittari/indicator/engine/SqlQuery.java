package fi.mittari.indicator.engine;

import java.util.Map;

/**
 * A generated query and its parameters. Aggregated queries return one row per group with columns g, label, n, v, num,
 * den and var; unit queries (for a median) one row per unit with g, label and x.
 */
public record SqlQuery(String sql, Map<String, Object> params, boolean perUnit) {

    public SqlQuery {
        params = Map.copyOf(params);
    }
}
