package fi.mittari.sheet;

/** An uploaded file read as a table, or why it could not be read at all. */
public sealed interface SheetReading {

    record Read(ResponseSheet sheet) implements SheetReading {}

    /** The whole file is refused: not CSV or XLSX, no header, too many rows. */
    record Unreadable(String message) implements SheetReading {}
}
