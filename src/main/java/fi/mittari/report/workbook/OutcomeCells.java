package fi.mittari.report.workbook;

import fi.mittari.report.content.Figure;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Cell writing shared by the outcome sheets (Survey outcomes, Change, Employment): numbers as NUMERIC cells with a
 * number format, absent (suppressed) numbers as empty cells, never zero, never text.
 */
final class OutcomeCells {

    private OutcomeCells() {}

    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    static void number(Row row, int column, Optional<? extends Number> value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        value.ifPresent(number -> cell.setCellValue(number.doubleValue()));
    }

    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        number(row, column, Optional.of(value), style);
    }

    /** A figure in the format its content asks for: a count, a decimal with its decimals, or a percentage. */
    static void figure(Row row, int column, Figure figure, Styles styles) {
        number(row, column, figure.value(), style(figure, styles));
    }

    /** The style of {@code figure}'s format, also for its interval bounds. */
    static CellStyle style(Figure figure, Styles styles) {
        return switch (figure.format()) {
            case COUNT -> styles.count();
            case DECIMAL -> styles.decimal(figure.decimals());
            case SHARE -> styles.percent(figure.decimals());
            case CHANGE -> styles.signed(figure.decimals());
        };
    }

    /** {@code part ÷ whole} when both are known and the whole is not zero. */
    static Optional<BigDecimal> share(Optional<Long> part, Optional<Long> whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.get() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part.get())
                .divide(BigDecimal.valueOf(whole.get()), java.math.MathContext.DECIMAL64));
    }
}
