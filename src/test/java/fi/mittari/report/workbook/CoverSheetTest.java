package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.format;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CoverSheetTest {

    @Test
    void showsThePeriodAndTimesAsDateCellsInHelsinkiTime() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            Sheet cover = workbook.getSheet("Kansilehti");
            assertThat(cell(cover, "A1").getStringCellValue()).isEqualTo("KeKo – vaikuttavuusraportti 2019");
            assertThat(cell(cover, "B3").getStringCellValue()).isEqualTo("keko-2019");
            assertThat(cell(cover, "B4").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2019, 1, 1, 0, 0));
            assertThat(cell(cover, "C4").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2019, 12, 31, 0, 0));
            assertThat(format(cover, "B4")).isEqualTo("d.m.yyyy");
            // 06:00 and 09:30 UTC on 15 January are 08:00 and 11:30 in Helsinki (UTC+2 in winter)
            assertThat(cell(cover, "B5").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2020, 1, 15, 8, 0));
            assertThat(cell(cover, "B6").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2020, 1, 15, 11, 30));
            assertThat(format(cover, "B6")).isEqualTo("d.m.yyyy hh:mm");
            assertThat(cell(cover, "B7").getStringCellValue()).isEqualTo("1.4.0");
            assertThat(cell(cover, "B9").getStringCellValue()).isEqualTo("keko@example.org");
            assertThat(cell(cover, "A13").getStringCellValue()).isEqualTo("KEKO");
            assertThat(cell(cover, "C13").getStringCellValue()).isEqualTo("STEA");
            assertThat(cell(cover, "D13").getStringCellValue()).isEqualTo("C 4321");
        }
    }

    @Test
    void linksEverySheetOfTheWorkbookFromTheTableOfContents() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.SV))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            List<String> texts = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (Row row : workbook.getSheet("Pärm")) {
                for (Cell cell : row) {
                    if (cell.getHyperlink() != null) {
                        assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                        texts.add(cell.getStringCellValue());
                        targets.add(cell.getHyperlink().getAddress());
                    }
                }
            }
            assertThat(texts).isEqualTo(sheets);
            assertThat(targets)
                    .containsExactly(
                            "'Pärm'!A1",
                            "'Sammanfattning'!A1",
                            "'Fördelningar'!A1",
                            "'Resultat mot mål'!A1",
                            "'Verksamhet'!A1",
                            "'Räckvidd'!A1",
                            "'Förändring'!A1",
                            "'Svar och datakvalitet'!A1",
                            "'Metod'!A1");
        }
    }

    @Test
    void quotesASheetNameInALinkTarget() {
        assertThat(CoverSheet.target("Kuntien 'kokeilu'")).isEqualTo("'Kuntien ''kokeilu'''!A1");
    }
}
