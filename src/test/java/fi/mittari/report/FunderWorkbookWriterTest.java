package fi.mittari.report;

import static fi.mittari.report.WorkbookContentFixture.PARTNERS;
import static fi.mittari.report.WorkbookContentFixture.SECTOR;
import static fi.mittari.report.WorkbookContentFixture.TINY;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.WorkbookTables;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

class FunderWorkbookWriterTest {

    @Test
    void startsWithTheTitleTheAsOfTimeInHelsinkiAndTheNoteOnShares() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("KeKo 2019");
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getFontHeightInPoints())
                    .isGreaterThan((short) 11);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tilanne 2019-12-19 12:00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Osuudet ovat kysymykseen vastanneista. Alle 5 vastauksen ryhmiä ei näytetä.");
        }
    }

    @Test
    void writesTheResponseCountAsANumber() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int campaign = WorkbookTables.rowOf(sheet, "KeKo 2019", 1);
            assertThat(sheet.getRow(campaign + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Kysely: KeKo-vaikuttavuuskysely");
            Cell responses = sheet.getRow(campaign + 2).getCell(1);
            assertThat(responses.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(responses.getNumericCellValue()).isEqualTo(36);
        }
    }

    @Test
    void writesCountsAndSharesAsNumbersWithAPercentageFormat() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int question = WorkbookTables.rowOf(sheet, PARTNERS, 0);
            var yes = sheet.getRow(question + 2);
            assertThat(yes.getCell(0).getStringCellValue()).isEqualTo("Kyllä");
            assertThat(yes.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yes.getCell(1).getNumericCellValue()).isEqualTo(19);
            assertThat(yes.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yes.getCell(2).getNumericCellValue()).isEqualTo(0.5278);
            assertThat(yes.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            var partners = WorkbookTables.distribution(sheet, PARTNERS);
            assertThat(partners.keySet()).containsExactly("Kyllä", "Ei", "En osaa sanoa");
            assertThat(partners.values())
                    .extracting(WorkbookTables.Figures::count)
                    .containsExactly(19.0, 12.0, 5.0);
            assertThat(partners.values())
                    .allSatisfy(figures -> assertThat(figures.shareFormat()).contains("%"));
            assertThat(WorkbookTables.distribution(sheet, SECTOR).get("Yritys").share())
                    .isEqualTo(0.4412);
        }
    }

    @Test
    void endsEachTableWithTheNumberWhoAnswered() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(WorkbookTables.numberBeside(sheet, "Vastanneita", WorkbookTables.rowOf(sheet, PARTNERS, 0)))
                    .isEqualTo(36);
            assertThat(WorkbookTables.numberBeside(sheet, "Vastanneita", WorkbookTables.rowOf(sheet, SECTOR, 0)))
                    .isEqualTo(34);
        }
    }

    @Test
    void aSuppressedCampaignShowsOnlyItsResponseCountAndTheNote() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko(ReportLanguage.EN))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            int tiny = WorkbookTables.rowOf(sheet, TINY, 0);
            assertThat(WorkbookTables.numberBeside(sheet, "Responses", tiny)).isEqualTo(3);
            assertThat(sheet.getRow(tiny + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Fewer than 5 responses: figures not shown to protect respondents' privacy.");
            assertThat(sheet.getLastRowNum()).isEqualTo(tiny + 3);
        }
    }

    @Test
    void anOnlySuppressedReportHasNoTableAndNoChart() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.onlySuppressed())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                assertThat(row.getCell(0).getStringCellValue()).isNotIn("Vaihtoehto", "Vastanneita");
                assertThat(row.getCell(2)).isNull();
            }
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }
}
