package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.OutcomeSheetsContent.CAMPAIGN;
import static fi.mittari.report.workbook.OutcomeSheetsContent.PARTNERS;
import static fi.mittari.report.workbook.OutcomeSheetsContent.PATHWAYS;
import static fi.mittari.report.workbook.OutcomeSheetsContent.SECTOR;
import static fi.mittari.report.workbook.OutcomeSheetsContent.SUPPRESSED_NOTE;
import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.charts;
import static fi.mittari.report.workbook.Written.format;
import static fi.mittari.report.workbook.Written.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

class SurveyOutcomesSheetTest {

    private static final String SHEET = "Kyselyjen tulokset";

    @Test
    void writesEachChoiceCountShareIntervalAndDenominatorAsFormattedNumbers() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet(SHEET);
            // first block from row 4 (index 3): campaign, question, header, then the choices
            assertThat(cell(sheet, 3, 0).getStringCellValue()).isEqualTo(CAMPAIGN);
            assertThat(cell(sheet, 4, 0).getStringCellValue()).isEqualTo(PARTNERS);
            assertThat(cell(sheet, 4, 0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(sheet, 5, 1).getStringCellValue()).isEqualTo("Lukumäärä");
            assertThat(cell(sheet, 6, 0).getStringCellValue()).isEqualTo("Kyllä");
            assertThat(number(sheet, 6, 1)).isEqualTo(53);
            assertThat(number(sheet, 6, 2)).isEqualTo(0.53);
            assertThat(number(sheet, 6, 3)).isEqualTo(0.4329);
            assertThat(number(sheet, 6, 4)).isEqualTo(0.6249);
            assertThat(number(sheet, 6, 5)).isEqualTo(100);
            assertThat(number(sheet, 7, 1)).isEqualTo(47);
            assertThat(number(sheet, 7, 2)).isEqualTo(0.47);
            assertThat(format(sheet, 6, 1)).isEqualTo("#,##0");
            assertThat(format(sheet, 6, 2)).isEqualTo("0.0%");
            assertThat(format(sheet, 6, 4)).isEqualTo("0.0%");
            assertThat(format(sheet, 6, 5)).isEqualTo("#,##0");
        }
    }

    @Test
    void showsASuppressedQuestionsNoteAndNoFiguresOrChart() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet(SHEET);
            int label = rowOf(sheet, PATHWAYS);
            assertThat(cell(sheet, label + 1, 0).getStringCellValue()).isEqualTo(SUPPRESSED_NOTE);
            for (int row = label; row <= sheet.getLastRowNum(); row++) {
                sheet.getRow(row).forEach(c -> assertThat(c.getCellType()).isEqualTo(CellType.STRING));
            }
            assertThat(charts(sheet))
                    .extracting(c -> c.getTitleText().getString())
                    .doesNotContain(PATHWAYS);
        }
    }

    @Test
    void drawsABarChartPerQuestionLinkedToItsLabelAndShareCellsOnAPercentAxis() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            List<XSSFChart> charts = charts(workbook.getSheet(SHEET));
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(PARTNERS, SECTOR);
            XDDFBarChartData partners =
                    (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(partners.getBarDirection()).isEqualTo(BarDirection.BAR);
            var series = partners.getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Kyselyjen tulokset'!$A$7:$A$8");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Kyselyjen tulokset'!$C$7:$C$8");
            assertThat(series.getValuesData().isNumeric()).isTrue();
            // a solid fill of its own: without one LibreOffice draws the axes and no bars (seen in its PDF)
            assertThat(series.getShapeProperties().getFillProperties())
                    .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFSolidFillProperties.class);
            assertThat(charts.get(0)
                            .getCTChart()
                            .getPlotArea()
                            .getValAxArray(0)
                            .getNumFmt()
                            .getFormatCode())
                    .isEqualTo("0%");
            // the second question's block starts after the first chart: 3 + 15 chart rows + 1 empty row
            var sector = charts.get(1).getChartSeries().get(0).getSeries(0);
            assertThat(sector.getValuesData().getDataRangeReference()).isEqualTo("'Kyselyjen tulokset'!$C$23:$C$24");
        }
    }

    @Test
    void keepsChartsBesideTheirTablesWithoutOverlapping() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet(SHEET);
            List<XSSFClientAnchor> anchors = sheet.getDrawingPatriarch().getShapes().stream()
                    .map(shape -> ((XSSFGraphicFrame) shape).getAnchor())
                    .toList();
            assertThat(anchors).hasSize(2).allSatisfy(anchor -> assertThat((int) anchor.getCol1())
                    .isGreaterThan(SurveyOutcomesSheet.COLUMNS));
            assertThat(anchors.get(0).getRow1()).isEqualTo(rowOf(sheet, CAMPAIGN));
            assertThat(anchors.get(0).getRow2()).isLessThan(rowOf(sheet, SECTOR) - 1);
            assertThat(anchors.get(1).getRow1()).isEqualTo(rowOf(sheet, SECTOR) - 1);
            assertThat(anchors.get(1).getRow2()).isLessThanOrEqualTo(rowOf(sheet, PATHWAYS) - 1);
        }
    }

    @Test
    void saysThereIsNothingWhenNoQuestionIsClosedAndLeavesTheSheetOutWhenNotAskedFor() throws IOException {
        var none = OutcomeSheetsContent.with(
                fi.mittari.report.ReportLanguage.EN,
                Optional.of(List.of()),
                List.of(),
                Optional.empty(),
                Optional.empty());
        try (var workbook = Written.open(none)) {
            XSSFSheet sheet = workbook.getSheet("Survey outcomes");
            assertThat(cell(sheet, 3, 0).getStringCellValue()).isEqualTo("No closed questions in the period.");
            assertThat(charts(sheet)).isEmpty();
        }
        var notAsked = OutcomeSheetsContent.with(
                fi.mittari.report.ReportLanguage.EN, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        try (var workbook = Written.open(notAsked)) {
            assertThat(workbook.getSheet("Survey outcomes")).isNull();
        }
    }

    private static int rowOf(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text);
    }
}
