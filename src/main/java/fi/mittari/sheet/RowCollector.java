package fi.mittari.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects a sheet's rows as a reader meets them: the first is the header, wholly blank rows are skipped. */
final class RowCollector {

    private final int maxRows;
    private List<String> columns;
    private final List<SheetRow> rows = new ArrayList<>();
    private int stoppedAt;

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Adds a row; false once there are more rows than the limit (the reader stops reading). */
    boolean add(int number, List<String> cells, Map<Integer, String> unreadable) {
        List<String> stripped = cells.stream().map(String::strip).toList();
        if (columns == null) {
            columns = stripped;
            return true;
        }
        if (unreadable.isEmpty() && stripped.stream().allMatch(String::isEmpty)) {
            return true;
        }
        if (rows.size() == maxRows) {
            // the first row beyond the limit is not kept: the reader stops here and nothing is imported
            stoppedAt = number;
            return false;
        }
        rows.add(new SheetRow(number, stripped, unreadable));
        return true;
    }

    SheetReading result() {
        return tooMany()
                .or(this::noHeader)
                .or(this::noRows)
                .<SheetReading>map(SheetReading.Unreadable::new)
                .orElseGet(() -> new SheetReading.Read(new ResponseSheet(columns, rows)));
    }

    private Optional<String> tooMany() {
        return stoppedAt > 0
                ? Optional.of("Row " + stoppedAt + ": the file has more than " + maxRows
                        + " responses, so it was not read further and nothing was stored; split it into smaller files")
                : Optional.empty();
    }

    private Optional<String> noRows() {
        return rows.isEmpty() ? Optional.of("The file has no responses below the header row") : Optional.empty();
    }

    private Optional<String> noHeader() {
        return columns == null || columns.stream().allMatch(String::isEmpty)
                ? Optional.of("The first row must name the columns (question keys)")
                : Optional.empty();
    }
}
