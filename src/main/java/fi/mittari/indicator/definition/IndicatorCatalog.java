package fi.mittari.indicator.definition;

import java.util.List;
import java.util.Optional;

/**
 * The indicator definitions in force: read from {@code batch/indicators/} at start-up (files with problems are left out
 * and their problems logged with file, line and reason). The aggregation job computes every definition here.
 */
public interface IndicatorCatalog {

    /** Every valid definition, ordered by code. */
    List<IndicatorDefinition> all();

    default Optional<IndicatorDefinition> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
