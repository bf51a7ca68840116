package fi.mittari.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first worksheet. Cells are read as values, never through a formula evaluator: numbers in plain decimal
 * (9, not "9.0"; no locale's separators), dates as ISO yyyy-mm-dd, text as typed. A formula cell is refused rather
 * than trusted for its cached result, so what is stored is exactly what a person can see was entered.
 */
final class XlsxSheetReader {

    static final String FORMULA = "formulas are not read; paste values";
    static final String ERROR_VALUE = "the cell shows an error value; correct it or leave it empty";

    private XlsxSheetReader() {}

    static SheetReading read(byte[] bytes, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new SheetReading.Unreadable("The workbook has no worksheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            RowCollector rows = new RowCollector(maxRows);
            for (Row row : sheet) {
                if (!read(row, rows)) {
                    break;
                }
            }
            return rows.result();
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI signals a file that is not .xlsx with several unchecked exceptions (NotOfficeXmlFileException, ...).
            return new SheetReading.Unreadable("The file is not an .xlsx workbook");
        }
    }

    private static boolean read(Row row, RowCollector rows) {
        List<String> cells = new ArrayList<>();
        Map<Integer, String> unreadable = new HashMap<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            CellType type = cell == null ? CellType.BLANK : cell.getCellType();
            if (type == CellType.FORMULA) {
                unreadable.put(c, FORMULA);
            } else if (type == CellType.ERROR) {
                unreadable.put(c, ERROR_VALUE);
            }
            cells.add(type == CellType.FORMULA || type == CellType.ERROR ? "" : text(cell, type));
        }
        return rows.add(row.getRowNum() + 1, cells, unreadable);
    }

    private static String text(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell) ? day(cell.getLocalDateTimeCellValue()) : number(cell);
            default:
                return "";
        }
    }

    private static String day(LocalDateTime value) {
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? value.toLocalDate().toString()
                : value.toString();
    }

    private static String number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue())
                .stripTrailingZeros()
                .toPlainString();
    }
}
