package fi.mittari.batch;

import fi.mittari.indicator.engine.IndicatorRow;
import java.util.List;

/** One definition's rows, as a chunk item between computing and staging. */
record ComputedIndicator(String code, List<IndicatorRow> rows) {

    ComputedIndicator {
        rows = List.copyOf(rows);
    }
}
