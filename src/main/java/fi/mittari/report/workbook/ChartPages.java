package fi.mittari.report.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The print layout of a sheet with charts: A4, one page wide at a scale worked out here from the column widths, and a
 * manual page break before every block (a chart and the table beside or above it) that would not fit on what is left
 * of its page, so that no chart is cut in two. Excel ignores manual breaks in "fit to page" mode, so these sheets get a
 * fixed scale instead. The estimate is cautious — columns counted wider and pages shorter than any spreadsheet prints
 * them — because a page the program thinks full only costs some white space, while one it thinks roomier than it is
 * cuts a chart.
 */
final class ChartPages {

    /** A4 in points. */
    private static final double A4_SHORT = 595;

    private static final double A4_LONG = 842;
    /** Margins in inches: the spreadsheet's "narrow" margins. */
    private static final double SIDE_MARGIN = 0.4;

    private static final double END_MARGIN = 0.5;
    private static final double HEADER_MARGIN = 0.2;
    /** Of the page's width and height, what the estimate lets the sheet use. */
    private static final double CAUTION = 0.9;
    /**
     * A column of n characters is n digit widths and 5 px of padding: 7 px (5.25 points) a digit of Excel's 11-point
     * Calibri, but up to 7 points where LibreOffice has neither Calibri nor its metric twin Carlito and measures with a
     * wider font. The wider one, so that the columns fit either way.
     */
    private static final double POINTS_PER_CHARACTER = 7.2;

    private static final double PADDING_POINTS = 5 * 0.75;
    /** A line of 11-point text, the least a row is counted as. */
    private static final double LINE_POINTS = 15;

    private final Sheet sheet;
    private final int columns;
    private final double pageHeight;
    private int pageStart;

    /**
     * Sets up printing of {@code sheet}'s first {@code columns} columns (charts included) in {@code landscape} or
     * portrait; call after the column widths are final.
     */
    ChartPages(Sheet sheet, boolean landscape, int columns) {
        this.sheet = sheet;
        this.columns = columns;
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(false);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        for (int column = 0; column < columns; column++) {
            // written out even where it is the default: spreadsheets differ in their default width (LibreOffice's is
            // wider than POI's 8 characters), and the scale is worked out from these
            sheet.setColumnWidth(column, sheet.getColumnWidth(column));
        }
        double paperWidth = landscape ? A4_LONG : A4_SHORT;
        double paperHeight = landscape ? A4_SHORT : A4_LONG;
        double printableWidth = (paperWidth - 2 * SIDE_MARGIN * 72) * CAUTION;
        double scale = Math.min(1, printableWidth / width(sheet, columns));
        short percent = (short) Math.max(10, Math.floor(scale * 100));
        setup.setScale(percent);
        // the height of the page in the sheet's own points, less the header rows repeated on every page
        this.pageHeight = (paperHeight - 2 * END_MARGIN * 72) * CAUTION / (percent / 100.0) - repeatedRowsHeight();
    }

    /**
     * Keeps rows {@code firstRow} to {@code endRow} (exclusive, as a chart's anchor ends) on one page: when they would
     * not fit on what is left of the current one, the page is broken before the row above {@code firstRow} (the empty
     * row every block has above it). A chart whose top edge lay on the page's edge would also be drawn, clipped out of
     * sight, on the page before, where a PDF's search and copy would find its words. Call block by block, top to
     * bottom. A block taller than a page starts on a page of its own and still runs over.
     */
    void keepTogether(int firstRow, int endRow) {
        int pageTop = firstRow - 1;
        if (pageTop > pageStart && height(pageStart, endRow) > pageHeight) {
            sheet.setRowBreak(pageTop - 1);
            pageStart = pageTop;
        }
    }

    /** Prints the sheet's columns from its first row to {@code endRow} (exclusive): the charts' rows included. */
    void printArea(int endRow) {
        var workbook = sheet.getWorkbook();
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns - 1, 0, Math.max(0, endRow - 1));
    }

    /** The columns' width in points, counted generously. */
    static double width(Sheet sheet, int columns) {
        double points = 0;
        for (int column = 0; column < columns; column++) {
            points += sheet.getColumnWidth(column) / 256.0 * POINTS_PER_CHARACTER + PADDING_POINTS;
        }
        return points;
    }

    private double height(int fromRow, int endRow) {
        double points = 0;
        for (int index = fromRow; index < endRow; index++) {
            points += rowHeight(index);
        }
        return points;
    }

    /** A row's height as stored, at least a line (the caution covers a title's larger type). */
    private double rowHeight(int index) {
        Row row = sheet.getRow(index);
        double stored = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        return row != null && row.getZeroHeight() ? 0 : Math.max(stored, LINE_POINTS);
    }

    private double repeatedRowsHeight() {
        var repeated = sheet.getRepeatingRows();
        return repeated == null ? 0 : height(repeated.getFirstRow(), repeated.getLastRow() + 1);
    }
}
