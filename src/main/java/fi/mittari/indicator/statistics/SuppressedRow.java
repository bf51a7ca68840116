package fi.mittari.indicator.statistics;

import java.util.List;

/** A row of category counts and its total after suppression, cells in the order of the counts given. */
public record SuppressedRow(List<Cell<Long>> counts, Cell<Long> total) {

    public SuppressedRow {
        counts = List.copyOf(counts);
    }
}
