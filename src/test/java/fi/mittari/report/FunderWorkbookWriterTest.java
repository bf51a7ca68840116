package fi.mittari.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.WorkbookTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FunderWorkbookWriterTest {

    private static byte[] write(WorkbookContent content) throws IOException {
        var out = new ByteArrayOutputStream();
        new FunderWorkbookWriter().write(content, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void writesCountsAndSharesAsNumbersWithAPercentageFormat() throws IOException {
        try (var workbook = open(write(WorkbookContentFixture.keko(ReportLanguage.FI)))) {
            XSSFSheet sheet = workbook.getSheet("Yhteenveto");
            assertThat(WorkbookTables.numberBeside(sheet, "Vastauksia", 0)).isEqualTo(36);
            var partners = WorkbookTables.distribution(sheet, "Löysitkö uusia kumppaneita?");
            assertThat(partners.keySet()).containsExactly("Kyllä", "Ei", "En osaa sanoa");
            assertThat(partners.get("Kyllä").count()).isEqualTo(19);
            assertThat(partners.get("Kyllä").share()).isEqualTo(0.5278);
            assertThat(partners.get("Kyllä").shareFormat()).isEqualTo("0.0%");
            int table = WorkbookTables.rowOf(sheet, "Löysitkö uusia kumppaneita?", 0);
            assertThat(WorkbookTables.numberBeside(sheet, "Vastanneita", table)).isEqualTo(36);
        }
    }

    @Test
    void drawsOneBarChartPerDistributionTitledWithTheQuestion() throws IOException {
        try (var workbook = open(write(WorkbookContentFixture.keko(ReportLanguage.FI)))) {
            List<XSSFChart> charts = workbook.getSheetAt(0).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            XSSFChart first = charts.get(0);
            assertThat(first.getTitleText().getString()).isEqualTo("Löysitkö uusia kumppaneita?");
            var series = first.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Yhteenveto!$C$11:$C$13");
            assertThat(first.getCTChart().getPlotArea().getBarChartArray(0).getBarDir().getVal().toString())
                    .isEqualTo("bar");
        }
    }

    @Test
    void aSuppressedCampaignShowsTheNoteAndNoFigures() throws IOException {
        try (var workbook = open(write(WorkbookContentFixture.keko(ReportLanguage.EN)))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            int tiny = WorkbookTables.rowOf(sheet, "Pieni tilaisuus", 0);
            assertThat(sheet.getRow(tiny + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Fewer than 5 responses: figures not shown to protect respondents' privacy.");
            assertThat(sheet.getLastRowNum()).isEqualTo(tiny + 3);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }

    @Test
    void labelsFollowTheReportLanguage() throws IOException {
        try (var sv = open(write(WorkbookContentFixture.keko(ReportLanguage.SV)));
             var en = open(write(WorkbookContentFixture.keko(ReportLanguage.EN)))) {
            XSSFSheet swedish = sv.getSheet("Sammanfattning");
            assertThat(WorkbookTables.numberBeside(swedish, "Svar", 0)).isEqualTo(36);
            int table = WorkbookTables.rowOf(swedish, "Löysitkö uusia kumppaneita?", 0);
            assertThat(swedish.getRow(table + 1).getCell(2).getStringCellValue()).isEqualTo("Andel");
            assertThat(WorkbookTables.numberBeside(en.getSheet("Summary"), "Responses", 0)).isEqualTo(36);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (var workbook = open(write(WorkbookContentFixture.keko(ReportLanguage.FI)))) {
            var sector = WorkbookTables.distribution(workbook.getSheetAt(0), "Organisaatio");
            assertThat(sector.keySet()).containsExactly("=HYPERLINK(\"http://example.com\")", "+Yritys");
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        assertThat(write(WorkbookContentFixture.keko(ReportLanguage.FI)))
                .isEqualTo(write(WorkbookContentFixture.keko(ReportLanguage.FI)));
        try (var workbook = open(write(WorkbookContentFixture.keko(ReportLanguage.FI)))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookContentFixture.AS_OF);
            assertThat(core.getCreator()).isEqualTo("Mittari");
        }
    }

    @Test
    void anEmptyReportSaysSo() throws IOException {
        var empty = new WorkbookContent("Tyhjä", Instant.parse("2026-01-01T00:00:00Z"), ReportLanguage.FI, 5,
                List.of());
        try (var workbook = open(write(empty))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(WorkbookTables.rowOf(sheet, "Ei kyselyitä.", 0)).isPositive();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tiedot ajalta 2026-01-01 02:00");
        }
    }
}
