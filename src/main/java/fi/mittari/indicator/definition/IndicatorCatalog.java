package fi.mittari.indicator.definition;

import java.util.List;
import java.util.Optional;

/**
 * The indicator definitions in force: the newest stored version of each code (from {@code batch/indicators/} or the
 * browser; one with problems is left out and its problems logged with line and reason). The aggregation job computes
 * every definition here.
 */
public interface IndicatorCatalog {

    /** Every valid definition, ordered by code. */
    List<IndicatorDefinition> all();

    default Optional<IndicatorDefinition> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
