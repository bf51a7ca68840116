package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.charts;
import static fi.mittari.report.workbook.Written.format;
import static fi.mittari.report.workbook.Written.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.report.ReportLanguage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

class ChangeSheetTest {

    /** The work ability result's row: title, empty row, header, then the results. */
    private static final int ROW = ChangeSheet.HEADER_ROW + 1;

    @Test
    void writesPairsLostMeansAndChangeWithItsIntervalInTheResultsDecimals() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Muutos");
            assertThat(cell(sheet, ROW, 2).getStringCellValue()).isEqualTo(OutcomeSheetsContent.WORK_ABILITY);
            assertThat(number(sheet, ROW, 4)).isEqualTo(58);
            assertThat(number(sheet, ROW, 5)).isEqualTo(6);
            assertThat(number(sheet, ROW, 6)).isCloseTo(325.0 / 58, within(1e-12)); // 5.6034
            assertThat(number(sheet, ROW, 7)).isCloseTo(362.0 / 58, within(1e-12)); // 6.2414
            assertThat(number(sheet, ROW, 8)).isCloseTo(37.0 / 58, within(1e-12)); // 0.6379, shown +0.6
            assertThat(number(sheet, ROW, 9)).isEqualTo(0.3123);
            assertThat(number(sheet, ROW, 10)).isEqualTo(0.9635);
            assertThat(format(sheet, ROW, 4)).isEqualTo("#,##0");
            // a change carries its sign, and stays a number: +0.6 (a fall would read −0.6)
            assertThat(format(sheet, ROW, 8)).isEqualTo("+#,##0.0;\"\u2212\"#,##0.0;0.0");
            assertThat(format(sheet, ROW, 10)).isEqualTo("+#,##0.0;\"\u2212\"#,##0.0;0.0");
            var shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            assertThat(shown.formatCellValue(cell(sheet, ROW, 8))).isEqualTo("+0.6");
            sheet.getRow(ROW).getCell(8).setCellValue(-37.0 / 58);
            assertThat(shown.formatCellValue(cell(sheet, ROW, 8))).isEqualTo("\u22120.6");
        }
    }

    @Test
    void writesImprovedSameAndWorseAsCountsAndAsSharesOfThePairs() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Muutos");
            assertThat(number(sheet, ROW, 11)).isEqualTo(36);
            assertThat(number(sheet, ROW, 12)).isEqualTo(10);
            assertThat(number(sheet, ROW, 13)).isEqualTo(12);
            // 36/58, 10/58, 12/58 by hand: 0.6207, 0.1724, 0.2069
            assertThat(number(sheet, ROW, 14)).isCloseTo(0.6207, within(0.00005));
            assertThat(number(sheet, ROW, 15)).isCloseTo(0.1724, within(0.00005));
            assertThat(number(sheet, ROW, 16)).isCloseTo(0.2069, within(0.00005));
            assertThat(number(sheet, ROW, 14) + number(sheet, ROW, 15) + number(sheet, ROW, 16))
                    .isCloseTo(1, within(1e-12));
            assertThat(format(sheet, ROW, 14)).isEqualTo("0.0%");
        }
    }

    @Test
    void leavesASuppressedResultsFiguresEmptyWithItsNote() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Muutos");
            var row = sheet.getRow(ROW + 1);
            for (int column = 4; column <= 16; column++) {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.BLANK);
            }
            assertThat(row.getCell(18).getStringCellValue()).isEqualTo("alle 5 paria");
        }
    }

    @Test
    void chartsTheSharesStackedPerResultFromTheShareCells() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Muutos");
            var charts = charts(sheet);
            assertThat(charts).hasSize(1);
            var data = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(data.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            // stacked bars overlap fully, or Excel shifts each series sideways
            assertThat(charts.get(0)
                            .getCTChart()
                            .getPlotArea()
                            .getBarChartArray(0)
                            .getOverlap()
                            .xmlText())
                    .contains("val=\"100\"");
            assertThat(data.getSeriesCount()).isEqualTo(3);
            assertThat(data.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("Muutos!$C$4:$C$5");
            assertThat(List.of(0, 1, 2).stream()
                            .map(i -> data.getSeries(i).getValuesData().getDataRangeReference())
                            .toList())
                    .containsExactly("Muutos!$O$4:$O$5", "Muutos!$P$4:$P$5", "Muutos!$Q$4:$Q$5");
            var anchor = ((org.apache.poi.xssf.usermodel.XSSFGraphicFrame)
                            sheet.getDrawingPatriarch().getShapes().get(0))
                    .getAnchor();
            assertThat(anchor.getRow1()).isGreaterThan(ROW + 1); // below the table
        }
    }

    @Test
    void saysThereIsNothingWhenThereAreNoPairedResults() throws IOException {
        var none = OutcomeSheetsContent.with(
                ReportLanguage.SV, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        try (var workbook = Written.open(none)) {
            XSSFSheet sheet = workbook.getSheet("Förändring");
            assertThat(cell(sheet, ChangeSheet.HEADER_ROW, 0).getStringCellValue())
                    .isEqualTo("Inga parade baslinje- och uppföljningsmätningar under perioden.");
            assertThat(charts(sheet)).isEmpty();
        }
    }
}
