package fi.mittari.report.workbook;

import fi.mittari.report.content.WorkbookContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes content with {@link FunderWorkbook} and opens the bytes again with POI, as a funder's Excel would. */
final class Written {

    private Written() {}

    static byte[] bytes(WorkbookContent content) throws IOException {
        var out = new ByteArrayOutputStream();
        new FunderWorkbook().write(content, out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(WorkbookContent content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(content)));
    }

    /** The cell at an A1 reference, or null when nothing was written there. */
    static Cell cell(Sheet sheet, String reference) {
        var ref = new org.apache.poi.ss.util.CellReference(reference);
        Row row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    static boolean blank(Sheet sheet, String reference) {
        Cell cell = cell(sheet, reference);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    static String format(Sheet sheet, String reference) {
        return cell(sheet, reference).getCellStyle().getDataFormatString();
    }

    static String autoFilter(Sheet sheet) {
        var worksheet = ((XSSFSheet) sheet).getCTWorksheet();
        return worksheet.isSetAutoFilter() ? worksheet.getAutoFilter().getRef() : null;
    }

    static Cell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    /** The cell's value, checked to be a NUMERIC cell. */
    static double number(XSSFSheet sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("not a number at " + cell.getAddress() + ": " + cell.getCellType());
        }
        return cell.getNumericCellValue();
    }

    static String format(XSSFSheet sheet, int row, int column) {
        return cell(sheet, row, column).getCellStyle().getDataFormatString();
    }

    static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }
}
