package fi.mittari.report.workbook;

import fi.mittari.report.content.Figure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes a sheet row by row, left to right, with the workbook's styles. Numbers are written as numbers with a number
 * format; an absent number (suppressed or unknown) leaves its cell empty, never 0. Text that came from people goes
 * through {@link Line#answer(String)}, which is quote-prefixed so it can never become a formula.
 */
final class Rows {

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
        };
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
            return this;
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

        /** An instant as a local date and time in the report's zone (Europe/Helsinki). */
        Line dateTime(Instant value) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value.atZone(FunderWorkbook.REPORT_ZONE).toLocalDateTime());
            cell.setCellStyle(styles.dateTime());
            return this;
        }
    }
}
