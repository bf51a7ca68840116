package fi.mittari.sheet;

import java.util.List;
import java.util.Map;

/**
 * One row below the header. {@code number} is the row number a spreadsheet shows (the header is row 1);
 * {@code unreadable} holds, by 0-based column, why a cell could not be read (for example a formula).
 */
public record SheetRow(int number, List<String> cells, Map<Integer, String> unreadable) {

    public SheetRow {
        cells = List.copyOf(cells);
        unreadable = Map.copyOf(unreadable);
    }

    /** The cell's text, empty when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
