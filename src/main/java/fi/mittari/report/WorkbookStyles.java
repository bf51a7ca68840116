package fi.mittari.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the funder workbook, created once per workbook. */
record WorkbookStyles(CellStyle plain, CellStyle title, CellStyle bold, CellStyle percent) {

    static final String PERCENT_FORMAT = "0.0%";

    static WorkbookStyles of(XSSFWorkbook workbook) {
        CellStyle title = workbook.createCellStyle();
        title.setFont(boldFont(workbook, 16));
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(boldFont(workbook, 11));
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
        return new WorkbookStyles(workbook.getCellStyleAt(0), title, bold, percent);
    }

    private static Font boldFont(XSSFWorkbook workbook, int points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
