package fi.mittari.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a workbook table the way a reader does: by its column headers and the text in a key column, never by fixed
 * cell addresses (so a test does not break when a sheet gains a column, only when a figure changes).
 */
public final class SheetTable {

    private final Sheet sheet;
    private final int headerRow;
    private final List<String> headers;

    private SheetTable(Sheet sheet, int headerRow, List<String> headers) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.headers = headers;
    }

    /** The table whose header row is the first row holding {@code header} in any cell. */
    public static SheetTable withHeader(Sheet sheet, String header) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && texts(row).contains(header)) {
                return new SheetTable(sheet, r, texts(row));
            }
        }
        throw new AssertionError("no header '" + header + "' in sheet " + sheet.getSheetName());
    }

    /** The header row's index (0-based); the table's first row is the next one. */
    public int headerRow() {
        return headerRow;
    }

    /** The first row under the header whose {@code keyHeader} column reads {@code key}. */
    public Row row(String keyHeader, String key) {
        int column = column(keyHeader);
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && key.equals(text(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + keyHeader + " = '" + key + "' in sheet " + sheet.getSheetName());
    }

    public Cell cell(Row row, String header) {
        return row.getCell(column(header));
    }

    /** The number under {@code header}, checked to be a NUMERIC cell (never a number written as text). */
    public double number(Row row, String header) {
        Cell cell = cell(row, header);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(header + " of row " + (row.getRowNum() + 1) + " in " + sheet.getSheetName()
                    + " is not a number: " + (cell == null ? "no cell" : cell.getCellType() + " " + cell));
        }
        return cell.getNumericCellValue();
    }

    public String format(Row row, String header) {
        return cell(row, header).getCellStyle().getDataFormatString();
    }

    public boolean blank(Row row, String header) {
        Cell cell = cell(row, header);
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isEmpty());
    }

    private int column(String header) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new AssertionError("no column '" + header + "' in " + headers + " of " + sheet.getSheetName());
        }
        return column;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
