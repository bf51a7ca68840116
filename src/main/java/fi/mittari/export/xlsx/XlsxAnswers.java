package fi.mittari.export.xlsx;

import fi.mittari.export.AnswerTable;
import fi.mittari.export.Codebook;
import fi.mittari.export.Column;
import fi.mittari.export.ColumnKind;
import fi.mittari.export.ExportLayout;
import fi.mittari.sheet.ClockCells;
import fi.mittari.sheet.FormulaText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rows as a workbook written with SXSSF, which keeps a window of 100 rows in memory and the rest in a temporary
 * file: sheet "answers" (continued on "answers 2"… past Excel's 1,048,576 rows) and sheet "codebook". Numeric columns
 * are number cells; dates, times of day and datetimes are Excel's own date and time cells (days since 1900 and a
 * fraction of a day, formatted d.m.yyyy, hh:mm and d.m.yyyy hh:mm, see {@link ClockCells}) so that they sort and
 * subtract in a spreadsheet; everything else
 * string cells, quote-prefixed when the text looks like a formula, so that a respondent's "=1+2" stays text even when
 * the cell is edited.
 */
public final class XlsxAnswers implements AnswerTable {

    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final List<Column> columns;
    private final ExportLayout layout;
    private final OutputStream out;
    private final boolean labels;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle timeOfDay;
    private final CellStyle dateTime;
    private final int rowsPerSheet;
    private SXSSFSheet sheet;
    private int sheets;
    private int next;

    public XlsxAnswers(ExportLayout layout, OutputStream out, boolean labels) {
        this(layout, out, labels, ROWS_PER_SHEET);
    }

    /** A smaller sheet lets a test see the continuation without a million rows. */
    XlsxAnswers(ExportLayout layout, OutputStream out, boolean labels, int rowsPerSheet) {
        this.layout = layout;
        this.columns = layout.columns();
        this.out = out;
        this.labels = labels;
        this.rowsPerSheet = rowsPerSheet;
        workbook.setCompressTempFiles(true);
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        this.date = formatted(ClockCells.DATE_FORMAT);
        this.timeOfDay = formatted(ClockCells.TIME_FORMAT);
        this.dateTime = formatted(ClockCells.DATE_TIME_FORMAT);
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void start() {
        sheet = workbook.createSheet(++sheets == 1 ? "answers" : "answers " + sheets);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).name());
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    @Override
    public void row(String[] cells) {
        if (next == rowsPerSheet) {
            start();
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                continue;
            }
            Column column = columns.get(i);
            Optional<BigDecimal> number = column.kind().numeric() ? number(cells[i]) : Optional.empty();
            if (number.isPresent()) {
                row.createCell(i).setCellValue(number.get().doubleValue());
            } else if (!clock(row, i, column.kind(), cells[i])) {
                text(row, i, column.shown(cells[i], labels));
            }
        }
    }

    @Override
    public void finish() throws IOException {
        SXSSFSheet codebook = workbook.createSheet("codebook");
        Row header = codebook.createRow(0);
        List<String> headings = layout.words().header();
        for (int i = 0; i < headings.size(); i++) {
            header.createCell(i).setCellValue(headings.get(i));
        }
        int number = 1;
        for (List<String> line : Codebook.lines(layout)) {
            Row row = codebook.createRow(number++);
            for (int i = 0; i < line.size(); i++) {
                text(row, i, line.get(i));
            }
        }
        codebook.createFreezePane(0, 1);
        try {
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    /** A saved but unsent answer is checked less than a sent one: what is not a number stays text. */
    private static Optional<BigDecimal> number(String cell) {
        try {
            return Optional.of(new BigDecimal(cell));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date, time of day or datetime as a date or time cell; false (and nothing written) for other columns or text. */
    private boolean clock(Row row, int column, ColumnKind kind, String value) {
        Optional<Double> serial =
                switch (kind) {
                    case DATE -> ClockCells.day(value);
                    case TIME -> ClockCells.time(value);
                    case DATETIME -> ClockCells.dateTime(value);
                    case RESPONSE,
                            CAMPAIGN,
                            VERSION,
                            LANGUAGE,
                            DAY,
                            STATUS,
                            CODE,
                            DUMMY,
                            RANK,
                            NUMBER,
                            TEXT,
                            CALCULATED -> Optional.empty();
                };
        if (serial.isEmpty()) {
            return false; // an unsent answer saved as typed stays the text it is
        }
        var cell = row.createCell(column);
        cell.setCellValue(serial.get());
        cell.setCellStyle(kind == ColumnKind.DATE ? date : kind == ColumnKind.TIME ? timeOfDay : dateTime);
        return true;
    }

    private void text(Row row, int column, String value) {
        if (value.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (FormulaText.looksLikeAFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }
}
