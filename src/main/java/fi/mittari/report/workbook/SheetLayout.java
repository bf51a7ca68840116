package fi.mittari.report.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The layout every table sheet shares: fixed column widths (never autosize: it measures with the machine's fonts, so
 * two machines would write different files), frozen header rows, an autofilter over the table, and a print layout
 * that fits the page width and repeats the header on every page.
 */
final class SheetLayout {

    private SheetLayout() {}

    /** Column widths in characters, from column 0. */
    static void widths(Sheet sheet, int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, Math.min(255, characters[column]) * 256);
        }
    }

    /**
     * Freezes everything above {@code headerRow + 1}, filters the table from the header row to {@code lastRow}
     * over {@code columns} columns, and repeats the header row when printing.
     */
    static void table(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Landscape A4, one page wide and as many pages tall as needed. */
    static void print(Sheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
