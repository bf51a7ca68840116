package fi.mittari.report.workbook;

import fi.mittari.report.content.Figure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a sheet row by row, left to right, with the workbook's styles. Numbers are written as numbers with a number
 * format; an absent number (suppressed or unknown) leaves its cell empty, never 0. Text that came from people goes
 * through {@link Line#answer(String)}, which is quote-prefixed so it can never become a formula.
 */
final class Rows {

    /** The height of a line of 11-point text, in points. */
    private static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final Styles styles;
    private int next;

    Rows(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The index of the row {@link #line()} creates next. */
    int next() {
        return next;
    }

    /** The index of the last row written. */
    int last() {
        return next - 1;
    }

    Line line() {
        return new Line(sheet.createRow(next++), styles);
    }

    void skip() {
        next++;
    }

    /** A bold title row with one text. */
    void title(String text) {
        line().styled(text, styles.title());
    }

    /** A header row; returns its index. */
    int header(String... labels) {
        Line line = line();
        for (String label : labels) {
            line.styled(label, styles.header());
        }
        return line.index();
    }

    /** The cell style of a figure: counts and decimals with their decimals, shares as percentages. */
    static CellStyle styleOf(Styles styles, Figure.Format format, int decimals) {
        return switch (format) {
            case COUNT, DECIMAL -> styles.decimal(decimals);
            case SHARE -> styles.percent(decimals);
            case CHANGE -> styles.signed(decimals);
        };
    }

    /** A paragraph of text from people across the first {@code columns} columns (merged), wrapped to fit. */
    void paragraph(String text, int columns) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.wrappedAnswerText());
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
        }
        int characters = 0;
        for (int column = 0; column < columns; column++) {
            characters += sheet.getColumnWidth(column) / 256;
        }
        new Line(row, styles).fit(text, characters);
    }

    /** A bold line of the workbook's own words above a table or a paragraph. */
    void section(String text) {
        line().styled(text, styles.section());
    }

    /** One row being written, a cell at a time. */
    static final class Line {
        private final Row row;
        private final Styles styles;
        private int column;

        private Line(Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        int index() {
            return row.getRowNum();
        }

        Cell cell(int index) {
            return row.getCell(index);
        }

        /** The workbook's own words (labels, headers). */
        Line text(String value) {
            return styled(value, styles.text());
        }

        /** Text from people or from the report's definition, kept as text whatever it starts with. */
        Line answer(String value) {
            return styled(value, styles.answerText());
        }

        Line answer(Optional<String> value) {
            return value.isPresent() ? answer(value.get()) : empty();
        }

        /** Long text from people, wrapped in its column. */
        Line wrappedAnswer(String value) {
            return styled(value, styles.wrappedAnswerText());
        }

        Line styled(String value, CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            if (style.getWrapText()) {
                fit(value, row.getSheet().getColumnWidth(cell.getColumnIndex()) / 256);
            }
            return this;
        }

        /**
         * Makes the row tall enough for {@code value} wrapped in {@code characters} columns' worth of width. Neither
         * Excel nor LibreOffice grows a row for wrapped text on opening, and measuring with fonts would differ from
         * machine to machine: the estimate counts characters, generously (a column's width is counted in digit
         * widths, and most letters are narrower).
         */
        void fit(String value, int characters) {
            int perLine = Math.max(1, characters);
            int lines = 0;
            for (String paragraph : value.split("\n", -1)) {
                lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
            }
            float height = lines * LINE_POINTS;
            if (lines > 1 && height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }

        Line empty() {
            column++;
            return this;
        }

        Line figure(Figure figure) {
            return number(figure.value(), styleOf(styles, figure.format(), figure.decimals()));
        }

        /** The figure's number, or an empty cell when {@code hidden} (a suppressed row). */
        Line figure(Figure figure, boolean hidden) {
            return hidden ? empty() : figure(figure);
        }

        Line number(Optional<BigDecimal> value, CellStyle style) {
            if (value.isEmpty()) {
                return empty();
            }
            Cell cell = row.createCell(column++);
            cell.setCellValue(value.get().doubleValue());
            cell.setCellStyle(style);
            return this;
        }

        Line count(long value) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.count());
            return this;
        }

        Line count(Optional<Long> value) {
            return value.isPresent() ? count(value.get()) : empty();
        }

        Line date(LocalDate value) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date());
            return this;
        }

        /** An instant as a local date and time in {@code zone}, the application's time zone. */
        Line dateTime(Instant value, ZoneId zone) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value.atZone(zone).toLocalDateTime());
            cell.setCellStyle(styles.dateTime());
            return this;
        }
    }
}
