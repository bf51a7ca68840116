package fi.mittari.batch;

import fi.mittari.indicator.engine.IndicatorRow;
import fi.mittari.indicator.engine.IndicatorScope;
import java.util.List;

/** One definition's rows in one scope, as a chunk item between computing and staging. */
record ComputedIndicator(IndicatorScope scope, String code, List<IndicatorRow> rows) {

    ComputedIndicator {
        rows = List.copyOf(rows);
    }
}
