package fi.mittari.report;

import static fi.mittari.report.WorkbookContentFixture.PARTNERS;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.WorkbookTables;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunderWorkbookLanguageTest {

    @ParameterizedTest
    @CsvSource({
        "FI, Yhteenveto, Vastauksia, Vaihtoehto, Lukumäärä, Osuus, Vastanneita",
        "SV, Sammanfattning, Svar, Alternativ, Antal, Andel, Svarande",
        "EN, Summary, Responses, Choice, Count, Share, Answered"
    })
    void namesTheSheetAndLabelsTheFiguresInTheReportLanguage(
            ReportLanguage language,
            String sheetName,
            String responses,
            String choice,
            String count,
            String share,
            String answered)
            throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko(language))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet(sheetName);
            assertThat(WorkbookTables.numberBeside(sheet, responses, 0)).isEqualTo(36);
            var header = sheet.getRow(WorkbookTables.rowOf(sheet, PARTNERS, 0) + 1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo(choice);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo(count);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo(share);
            assertThat(WorkbookTables.numberBeside(sheet, answered, 0)).isEqualTo(36);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "FI, Yhteenveto, Ei kyselyitä., Tilanne 2019-12-19 12:00",
        "SV, Sammanfattning, Inga enkäter., Uppgifter per 2019-12-19 12:00",
        "EN, Summary, No campaigns., Figures as of 2019-12-19 12:00"
    })
    void anEmptyReportIsAValidWorkbookThatSaysThereAreNoCampaigns(
            ReportLanguage language, String sheetName, String noCampaigns, String asOf) throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.empty(language))) {
            XSSFSheet sheet = workbook.getSheet(sheetName);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(asOf);
            assertThat(WorkbookTables.rowOf(sheet, noCampaigns, 0)).isEqualTo(sheet.getLastRowNum());
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }
}
