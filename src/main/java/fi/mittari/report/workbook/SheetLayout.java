package fi.mittari.report.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
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

    /** The widest a column is made for its text, in characters; longer text is wrapped or runs on (a note). */
    private static final int WIDEST = 60;

    /**
     * Widens each column whose text would be cut in print: a text that cannot run on into the next cell (it holds
     * something, or the text is in the sheet's last column) gets its whole length, a wrapped text its longest word,
     * bold text a tenth more. The widths are counted in characters (never measured with fonts, which would differ
     * from machine to machine) and only ever grow; merged paragraphs wrap across their columns and are left alone.
     */
    static void fitText(Sheet sheet) {
        Map<Integer, Integer> needed = new HashMap<>();
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || merged(sheet, cell)) {
                    continue;
                }
                String text = cell.getStringCellValue();
                boolean wrapped = cell.getCellStyle().getWrapText();
                if (!wrapped && cell.getColumnIndex() < lastColumn && empty(row.getCell(cell.getColumnIndex() + 1))) {
                    continue; // runs on into the empty cell beside it, as titles do
                }
                int characters = wrapped ? longestWord(text) : longestLine(text);
                boolean bold = sheet.getWorkbook()
                        .getFontAt(cell.getCellStyle().getFontIndex())
                        .getBold();
                int width = (int) Math.ceil(characters * (bold ? 1.1 : 1.0)) + 2;
                needed.merge(cell.getColumnIndex(), Math.min(WIDEST, width), Math::max);
            }
        }
        needed.forEach((column, characters) -> {
            if (sheet.getColumnWidth(column) < characters * 256) {
                sheet.setColumnWidth(column, characters * 256);
            }
        });
    }

    private static boolean merged(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream()
                .anyMatch(region -> region.isInRange(cell.getRowIndex(), cell.getColumnIndex()));
    }

    private static boolean empty(Cell cell) {
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isEmpty());
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
