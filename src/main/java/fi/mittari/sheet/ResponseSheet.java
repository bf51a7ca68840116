package fi.mittari.sheet;

import java.util.List;

/**
 * An uploaded sheet of responses as text: the header row's column names and the rows below it that are not blank.
 * Formulas are never evaluated: a cell that holds one is reported in {@link SheetRow#unreadable()}, and text that
 * merely looks like one ({@code =1+1}) is read as the text it is.
 */
public record ResponseSheet(List<String> columns, List<SheetRow> rows) {

    /** The largest upload, checked before reading. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_ROWS = 50_000;

    public ResponseSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** RFC 4180 CSV in UTF-8 (a byte order mark is skipped), delimited by ',' or ';' as its header line shows. */
    public static SheetReading csv(byte[] bytes, int maxRows) {
        return CsvSheetReader.read(bytes, maxRows);
    }

    /** The first worksheet of an .xlsx workbook, each cell as its stored value, never recalculated. */
    public static SheetReading xlsx(byte[] bytes, int maxRows) {
        return XlsxSheetReader.read(bytes, maxRows);
    }
}
