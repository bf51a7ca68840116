package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.Written.autoFilter;
import static fi.mittari.report.workbook.Written.blank;
import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.format;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The table sheets of the KeKo-like fixture, opened with POI: names, key cells with their formats, layout. */
class TableSheetsTest {

    @Test
    void namesTheSheetsInTheReportLanguageInTheWorkbookOrder() throws Exception {
        assertThat(names(ReportLanguage.FI))
                .containsExactly(
                        "Kansilehti",
                        "Yhteenveto",
                        "Erittelyt",
                        "Tulokset tavoitteisiin",
                        "Toiminta",
                        "Tavoittavuus",
                        "Muutos",
                        "Vastaukset ja tiedon laatu",
                        "Menetelmä");
        assertThat(names(ReportLanguage.SV))
                .containsExactly(
                        "Pärm",
                        "Sammanfattning",
                        "Fördelningar",
                        "Resultat mot mål",
                        "Verksamhet",
                        "Räckvidd",
                        "Förändring",
                        "Svar och datakvalitet",
                        "Metod");
        assertThat(names(ReportLanguage.EN))
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
    }

    @Test
    void summaryHoldsTheFiguresAsNumbersInTheirFormats() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            Sheet summary = workbook.getSheet("Yhteenveto");
            assertThat(cell(summary, "D4").getNumericCellValue()).isEqualTo(1290.0);
            assertThat(format(summary, "D4")).isEqualTo("#,##0");
            // 722 / 1290 = 0.55969, shown as 56.0 %; Wilson 0.53246–0.58656 in the value's format
            assertThat(cell(summary, "D5").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(summary, "D5").getNumericCellValue()).isEqualTo(722.0 / 1290.0);
            assertThat(format(summary, "D5")).isEqualTo("0.0%");
            assertThat(cell(summary, "G5").getNumericCellValue()).isEqualTo(722.0);
            assertThat(cell(summary, "H5").getNumericCellValue()).isEqualTo(1290.0);
            assertThat(cell(summary, "I5").getNumericCellValue()).isEqualTo(0.5324625349673819);
            assertThat(cell(summary, "J5").getNumericCellValue()).isEqualTo(0.5865628672178034);
            assertThat(format(summary, "I5")).isEqualTo("0.0%");
            assertThat(cell(summary, "L5").getNumericCellValue()).isEqualTo(0.5);
            assertThat(format(summary, "L5")).isEqualTo("0.0%");
            // progress 0.55969 / 0.50 = 111.9 %
            assertThat(cell(summary, "M5").getNumericCellValue()).isEqualTo(1.1193798449612403);
            assertThat(format(summary, "M5")).isEqualTo("0.0%");
            // mean 1290 / 57 = 22.6 with one decimal
            assertThat(cell(summary, "D6").getNumericCellValue()).isEqualTo(1290.0 / 57.0);
            assertThat(format(summary, "D6")).isEqualTo("#,##0.0");
            assertThat(cell(summary, "N5").getStringCellValue()).isEqualTo("kerätty tieto");
        }
    }

    @Test
    void aSuppressedRowShowsEmptyFiguresAndItsNote() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            Sheet summary = workbook.getSheet("Yhteenveto");
            assertThat(cell(summary, "C7").getStringCellValue()).isEqualTo("Uusia kumppaneita löytäneet, Lappi");
            // value, n (3), numerator (2), denominator (3), interval and progress all empty, never 0
            for (String figure : List.of("D7", "F7", "G7", "H7", "I7", "J7", "M7")) {
                assertThat(blank(summary, figure)).as(figure).isTrue();
            }
            assertThat(cell(summary, "L7").getNumericCellValue()).isEqualTo(0.5);
            assertThat(cell(summary, "O7").getStringCellValue()).isEqualTo("alle 5 vastaajaa");
            Sheet breakdowns = workbook.getSheet("Erittelyt");
            assertThat(cell(breakdowns, "E4").getStringCellValue()).isEqualTo("Pirkanmaa");
            assertThat(cell(breakdowns, "F4").getNumericCellValue()).isEqualTo(0.625);
            assertThat(blank(breakdowns, "F5")).isTrue();
            assertThat(cell(breakdowns, "J5").getStringCellValue()).isEqualTo("alle 5 henkilöä");
            Sheet reach = workbook.getSheet("Tavoittavuus");
            assertThat(cell(reach, "A13").getStringCellValue()).isEqualTo("Lappi");
            assertThat(blank(reach, "B13")).isTrue();
            assertThat(blank(reach, "C13")).isTrue();
            assertThat(cell(reach, "D13").getStringCellValue()).isEqualTo("alle 5 vastaajaa");
        }
    }

    @Test
    void activitiesReachAndQualityHoldTheirCounts() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            Sheet activities = workbook.getSheet("Toiminta");
            assertThat(cell(activities, "A4").getStringCellValue()).isEqualTo("Yhteensä");
            assertThat(cell(activities, "B4").getNumericCellValue()).isEqualTo(57.0);
            assertThat(cell(activities, "C4").getNumericCellValue()).isEqualTo(57.0);
            assertThat(cell(activities, "D4").getNumericCellValue()).isEqualTo(1290.0);
            assertThat(cell(activities, "E4").getNumericCellValue()).isEqualTo(1290.0 / 57.0);
            assertThat(format(activities, "E4")).isEqualTo("#,##0.0");
            assertThat(cell(activities, "G4").getNumericCellValue()).isEqualTo(86.0);
            assertThat(cell(activities, "A11").getStringCellValue()).isEqualTo("Maakunnittain");
            assertThat(cell(activities, "D15").getNumericCellValue()).isEqualTo(200.0);
            Sheet reach = workbook.getSheet("Tavoittavuus");
            assertThat(cell(reach, "B5").getNumericCellValue()).isEqualTo(722.0);
            assertThat(cell(reach, "C5").getNumericCellValue()).isEqualTo(722.0 / 1290.0);
            assertThat(format(reach, "C5")).isEqualTo("0.0%");
            assertThat(cell(reach, "B8").getNumericCellValue()).isEqualTo(1290.0);
            Sheet quality = workbook.getSheet("Vastaukset ja tiedon laatu");
            assertThat(cell(quality, "D4").getNumericCellValue()).isEqualTo(200.0);
            assertThat(cell(quality, "G4").getNumericCellValue()).isEqualTo(0.45);
            assertThat(format(quality, "G4")).isEqualTo("0.0%");
            assertThat(cell(quality, "E8").getNumericCellValue()).isEqualTo(4.0);
            Sheet method = workbook.getSheet("Menetelmä");
            assertThat(cell(method, "A5").getStringCellValue()).isEqualTo("third_sector_share");
            assertThat(cell(method, "A13").getStringCellValue()).isEqualTo("Muutokset edelliseen raporttiin");
            assertThat(cell(method, "A14").getStringCellValue())
                    .isEqualTo("Uusi indikaattori: Osallistujia tilaisuutta kohden.");
        }
    }

    @Test
    void everyTableSheetFreezesItsHeaderFiltersItsTableAndPrintsOnePageWide() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            // sheet, rows frozen, autofilter, landscape
            assertLayout(workbook.getSheet("Yhteenveto"), 3, "A3:O7", true);
            assertLayout(workbook.getSheet("Erittelyt"), 3, "A3:J5", true);
            assertLayout(workbook.getSheet("Tulokset tavoitteisiin"), 3, "A3:I5", true);
            // the largest of the stacked tables, by region (header on row 12, three regions)
            assertLayout(workbook.getSheet("Toiminta"), 3, "A12:H15", false);
            // participants by sector (three rows), the total row left outside the filter
            assertLayout(workbook.getSheet("Tavoittavuus"), 4, "A4:D7", false);
            assertLayout(workbook.getSheet("Vastaukset ja tiedon laatu"), 7, "A7:F9", true);
            assertLayout(workbook.getSheet("Menetelmä"), 3, "A3:F5", true);
            Sheet summary = workbook.getSheet("Yhteenveto");
            assertThat(summary.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(summary.getColumnWidth(2)).isEqualTo(30 * 256);
            Sheet cover = workbook.getSheet("Kansilehti");
            assertThat(cover.getFitToPage()).isTrue();
            assertThat(cover.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(cover.getPrintSetup().getLandscape()).isFalse();
        }
    }

    private static void assertLayout(Sheet sheet, int frozenRows, String filter, boolean landscape) {
        assertThat(sheet.getPaneInformation().isFreezePane())
                .as(sheet.getSheetName())
                .isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                .as(sheet.getSheetName())
                .isEqualTo((short) frozenRows);
        assertThat(autoFilter(sheet)).as(sheet.getSheetName()).isEqualTo(filter);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as(sheet.getSheetName()).isEqualTo(landscape);
    }

    private static List<String> names(ReportLanguage language) throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(language))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }
}
