package fi.mittari.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the funder workbook the way a funder does: find a label in column A, read the figures beside it. */
public final class WorkbookTables {

    private WorkbookTables() {}

    /** A row's figures: column B (count) and column C (share), as written. */
    public record Figures(double count, double share, String shareFormat) {}

    /** The choice rows of the distribution table under {@code questionLabel}: label → figures. */
    public static Map<String, Figures> distribution(Sheet sheet, String questionLabel) {
        int start = rowOf(sheet, questionLabel, 0);
        Map<String, Figures> rows = new LinkedHashMap<>();
        for (int r = start + 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(2) == null || row.getCell(2).getCellType() != CellType.NUMERIC) {
                break;
            }
            Cell share = row.getCell(2);
            rows.put(
                    text(row.getCell(0)),
                    new Figures(
                            row.getCell(1).getNumericCellValue(),
                            share.getNumericCellValue(),
                            share.getCellStyle().getDataFormatString()));
        }
        return rows;
    }

    /** The number in column B of the first row at or after {@code from} whose column A reads {@code label}. */
    public static double numberBeside(Sheet sheet, String label, int from) {
        return sheet.getRow(rowOf(sheet, label, from)).getCell(1).getNumericCellValue();
    }

    public static int rowOf(Sheet sheet, String label, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && label.equals(text(row.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
