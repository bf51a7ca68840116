package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.OutcomeSheetsContent.FORMULA_ANSWER;
import static fi.mittari.report.workbook.Written.cell;
import static fi.mittari.report.workbook.Written.number;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.WorkbookContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DataSheetTest {

    @Test
    void writesOneRowPerStreamedAnswerUnderAFrozenFilteredHeader() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Aineisto");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(OutcomeSheetsContent.answers().size()); // header + 7
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 7);
            assertThat(cell(sheet, 0, 3).getStringCellValue()).isEqualTo("Vastaus");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D8");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(number(sheet, 1, 0)).isEqualTo(1);
            assertThat(cell(sheet, 1, 1).getStringCellValue()).isEqualTo("keko-2019");
            assertThat(cell(sheet, 1, 2).getStringCellValue()).isEqualTo("partners");
            assertThat(cell(sheet, 1, 3).getStringCellValue()).isEqualTo("yes");
            assertThat(number(sheet, 7, 0)).isEqualTo(3);
        }
    }

    @Test
    void writesNumbersAsNumbersAndEverythingElseAsQuotePrefixedText() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Aineisto");
            assertThat(number(sheet, 2, 3)).isEqualTo(42);
            assertThat(number(sheet, 5, 3)).isEqualTo(37.5);
            var formula = cell(sheet, 3, 3);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(FORMULA_ANSWER);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(sheet, 6, 3).getStringCellValue()).isEqualTo("+SUM(A1:A9)");
            assertThat(cell(sheet, 6, 3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(sheet, 1, 3).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void writesDateTimeAndDatetimeAnswersAsDateAndTimeCellsAndTheirMonthsAsText() throws IOException {
        String slug = "visits";
        List<AnswerData.AnswerRow> rows = List.of(
                new AnswerData.AnswerRow(1, slug, "born", "1980-02-29", Optional.empty()),
                new AnswerData.AnswerRow(1, slug, "arrived", "09:30", Optional.empty()),
                new AnswerData.AnswerRow(1, slug, "started", "2026-12-03T09:30", Optional.empty()),
                // anonymised data shows a date as its month; a text answer that looks like a date stays text
                new AnswerData.AnswerRow(2, slug, "born", "1980-02", Optional.empty()),
                new AnswerData.AnswerRow(2, slug, "feedback", "2026-12-03", Optional.empty()));
        var data = new AnswerData(
                List.of(
                        new AnswerData.CodebookEntry(slug, "born", "Syntynyt", "date", List.of()),
                        new AnswerData.CodebookEntry(slug, "arrived", "Saapui", "time", List.of()),
                        new AnswerData.CodebookEntry(slug, "started", "Alkoi", "datetime", List.of()),
                        new AnswerData.CodebookEntry(slug, "feedback", "Palaute", "text", List.of())),
                rows::forEach);
        try (var workbook = streamed(new DataSheet(), "Data", data)) {
            XSSFSheet sheet = workbook.getSheet("Data");
            var born = cell(sheet, 1, 3);
            assertThat(born.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(born.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1980, 2, 29));
            assertThat(born.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy");
            var arrived = cell(sheet, 2, 3);
            assertThat(Math.round(arrived.getNumericCellValue() * 24 * 60)).isEqualTo(9 * 60 + 30L);
            assertThat(arrived.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
            var started = cell(sheet, 3, 3);
            assertThat(started.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 9, 30));
            assertThat(started.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy hh:mm");
            assertThat(cell(sheet, 4, 3).getStringCellValue()).isEqualTo("1980-02");
            assertThat(cell(sheet, 5, 3).getStringCellValue()).isEqualTo("2026-12-03");
            assertThat(cell(sheet, 5, 3).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void writesTheCodebookOneRowPerCodedValueAndOneForAQuestionWithout() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            XSSFSheet sheet = workbook.getSheet("Koodikirja");
            assertThat(rows(sheet))
                    .containsExactly(
                            List.of("Kampanja", "Kysymys", "Kysymyksen teksti", "Tyyppi", "Arvo", "Arvon selite"),
                            List.of("keko-2019", "partners", OutcomeSheetsContent.PARTNERS, "choice", "yes", "Kyllä"),
                            List.of("keko-2019", "partners", OutcomeSheetsContent.PARTNERS, "choice", "no", "Ei"),
                            List.of("keko-2019", "age", "Ikä", "number"),
                            List.of("keko-2019", "feedback", "Palaute", "text"),
                            // below the table, the data's protection: not checked here, so pseudonymised
                            List.of(CodebookSheet.protectionNote(
                                    ReportLanguage.FI, AnswerData.Protection.PSEUDONYMISED)));
            assertThat(cell(sheet, 1, 2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F5");
        }
    }

    @Test
    void continuesOnNumberedTabsEachWithTheHeaderWhenTheRowsPassTheLimit() throws IOException {
        // 4 rows a tab (header + 3 answers): the 7 answers fill "Data", "Data 2" and one row of "Data 3"
        try (var workbook = streamed(new DataSheet(4), "Data")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            List<Double> respondents = new ArrayList<>();
            int[] lastRows = {3, 3, 1};
            String[] names = {"Data", "Data 2", "Data 3"};
            for (int tab = 0; tab < 3; tab++) {
                XSSFSheet sheet = workbook.getSheetAt(tab);
                assertThat(sheet.getSheetName()).isEqualTo(names[tab]);
                assertThat(cell(sheet, 0, 0).getStringCellValue()).isEqualTo("Respondent");
                assertThat(sheet.getLastRowNum()).isEqualTo(lastRows[tab]);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D" + (lastRows[tab] + 1));
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    respondents.add(number(sheet, row, 0));
                }
            }
            assertThat(respondents).containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0);
        }
    }

    @Test
    void staysOnOneTabWhenTheRowsFitExactly() throws IOException {
        try (var workbook = streamed(new DataSheet(8), "Data")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void namesContinuationTabsAfterTheFirst() {
        assertThat(StreamedSheet.continuationName("Aineisto", 1)).isEqualTo("Aineisto");
        assertThat(StreamedSheet.continuationName("Aineisto", 2)).isEqualTo("Aineisto 2");
        assertThat(DataSheet.EXCEL_ROWS).isEqualTo(1_048_576);
    }

    /** Writes only {@code sheet} of the English fixture into a streamed workbook and opens the bytes. */
    private static XSSFWorkbook streamed(DataSheet sheet, String name) throws IOException {
        return streamed(sheet, name, OutcomeSheetsContent.data(OutcomeSheetsContent.answers()));
    }

    private static XSSFWorkbook streamed(DataSheet sheet, String name, AnswerData data) throws IOException {
        WorkbookContent content = OutcomeSheetsContent.with(
                ReportLanguage.EN, Optional.empty(), List.of(), Optional.empty(), Optional.of(data));
        var out = new ByteArrayOutputStream();
        try (var xssf = new XSSFWorkbook();
                var workbook = new SXSSFWorkbook(xssf, 2)) {
            var styles = new Styles(xssf);
            sheet.write(new StreamedSheet.Tabs(workbook, name), content, styles);
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (var row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.getStringCellValue()));
            rows.add(cells);
        }
        return rows;
    }
}
