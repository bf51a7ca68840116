package fi.mittari.report.workbook;

import fi.mittari.report.content.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** How a figure's cell reads, written with the workbook's own styles (as the Summary and other sheets write it). */
public final class SignedCells {

    private SignedCells() {}

    public static String shown(Figure figure) {
        try (var workbook = new XSSFWorkbook()) {
            var cell = workbook.createSheet().createRow(0).createCell(0);
            cell.setCellValue(figure.value().orElseThrow().doubleValue());
            cell.setCellStyle(Rows.styleOf(new Styles(workbook), figure.format(), figure.decimals()));
            return new DataFormatter(Locale.ROOT).formatCellValue(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
