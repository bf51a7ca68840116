package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.charts;
import static fi.mittari.report.workbook.Written.format;
import static fi.mittari.report.workbook.Written.number;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

class EmploymentSheetTest {

    private static final int FIGURES = EmploymentSheet.FIRST_FIGURE_ROW;
    private static final int TYPES = EmploymentSheet.TYPE_HEADER_ROW + 1;

    @Test
    void writesCoachedEmployedAndTheRateWithItsIntervalInTheFiguresFormat() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Työllistyminen");
            assertThat(cell(sheet, FIGURES + 1, 0).getStringCellValue()).isEqualTo("Valmennettuja");
            assertThat(number(sheet, FIGURES + 1, 1)).isEqualTo(64);
            assertThat(format(sheet, FIGURES + 1, 1)).isEqualTo("#,##0");
            assertThat(number(sheet, FIGURES + 2, 1)).isEqualTo(17);
            // 17/64 = 0.265625, a decimal figure with two decimals: shown 0.27, Wilson 0.17–0.38
            assertThat(number(sheet, FIGURES + 3, 1)).isEqualTo(0.265625);
            assertThat(format(sheet, FIGURES + 3, 1)).isEqualTo("#,##0.00");
            assertThat(number(sheet, FIGURES + 4, 1)).isEqualTo(0.1730);
            assertThat(number(sheet, FIGURES + 5, 1)).isEqualTo(0.3848);
            assertThat(format(sheet, FIGURES + 5, 1)).isEqualTo("#,##0.00");
            assertThat(cell(sheet, FIGURES + 6, 1).getStringCellValue())
                    .isEqualTo("6 kuukautta valmennuksen päättymisestä");
        }
    }

    @Test
    void tablesAndChartsEmployedByTypeWithSuppressedTypesEmpty() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Työllistyminen");
            assertThat(cell(sheet, TYPES, 0).getStringCellValue()).isEqualTo("Avoimet työmarkkinat");
            assertThat(number(sheet, TYPES, 1)).isEqualTo(12);
            assertThat(number(sheet, TYPES + 1, 1)).isEqualTo(5);
            assertThat(cell(sheet, TYPES + 2, 1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(sheet, TYPES + 2, 2).getStringCellValue()).isEqualTo("alle 5 henkilöä");
            var charts = charts(sheet);
            assertThat(charts).hasSize(1);
            var series = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Työllistyminen!$A$14:$A$16");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Työllistyminen!$B$14:$B$16");
        }
    }

    @Test
    void isLeftOutWithoutAnEmploymentSection() throws IOException {
        var without = OutcomeSheetsContent.with(
                ReportLanguage.EN, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        try (var workbook = Written.open(without)) {
            assertThat(workbook.getSheet("Employment")).isNull();
        }
    }
}
