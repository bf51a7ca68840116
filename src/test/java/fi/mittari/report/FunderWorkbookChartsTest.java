package fi.mittari.report;

import static fi.mittari.report.WorkbookContentFixture.PARTNERS;
import static fi.mittari.report.WorkbookContentFixture.SECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.WorkbookTables;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

class FunderWorkbookChartsTest {

    @Test
    void drawsOneBarChartPerDistributionTitledWithItsQuestion() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            List<XSSFChart> charts =
                    workbook.getSheetAt(0).getDrawingPatriarch().getCharts();
            assertThat(charts)
                    .extracting(chart -> chart.getTitleText().getString())
                    .containsExactly(PARTNERS, SECTOR);
            for (XSSFChart chart : charts) {
                XDDFChartData data = chart.getChartSeries().get(0);
                assertThat(data).isInstanceOf(XDDFBarChartData.class);
                assertThat(((XDDFBarChartData) data).getBarDirection()).isEqualTo(BarDirection.BAR);
                assertThat(data.getSeriesCount()).isEqualTo(1);
                assertThat(chart.getCTChart().isSetLegend()).isFalse();
                assertThat(chart.getCTChart()
                                .getPlotArea()
                                .getValAxArray(0)
                                .getNumFmt()
                                .getFormatCode())
                        .contains("%");
            }
        }
    }

    @Test
    void chartsTheChoiceLabelsAgainstTheShareCells() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            var charts = workbook.getSheetAt(0).getDrawingPatriarch().getCharts();
            var partners = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertThat(partners.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(partners.getValuesData().getPointCount()).isEqualTo(3);
            assertThat(partners.getCategoryData().getDataRangeReference()).isEqualTo("Yhteenveto!$A$11:$A$13");
            assertThat(partners.getValuesData().getDataRangeReference()).isEqualTo("Yhteenveto!$C$11:$C$13");
            var sector = charts.get(1).getChartSeries().get(0).getSeries(0);
            assertThat(sector.getCategoryData().getPointCount()).isEqualTo(2);
            assertThat(sector.getValuesData().getPointCount()).isEqualTo(2);
        }
    }

    @Test
    void placesEachChartRightOfItsTableAndAboveTheNextTable() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFClientAnchor> anchors = sheet.getDrawingPatriarch().getShapes().stream()
                    .map(shape -> ((XSSFGraphicFrame) shape).getAnchor())
                    .toList();
            int partners = WorkbookTables.rowOf(sheet, PARTNERS, 0);
            int sector = WorkbookTables.rowOf(sheet, SECTOR, 0);
            int tiny = WorkbookTables.rowOf(sheet, WorkbookContentFixture.TINY, 0);
            assertThat(anchors).hasSize(2).allSatisfy(anchor -> assertThat((int) anchor.getCol1())
                    .isGreaterThan(2));
            assertThat(anchors.get(0).getRow1()).isEqualTo(partners);
            assertThat(anchors.get(0).getRow2()).isLessThan(sector);
            assertThat(anchors.get(1).getRow1()).isEqualTo(sector);
            assertThat(anchors.get(1).getRow2()).isLessThan(tiny);
        }
    }
}
