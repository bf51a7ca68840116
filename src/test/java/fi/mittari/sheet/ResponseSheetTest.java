package fi.mittari.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResponseSheetTest {

    @Test
    void semicolonCsvWithByteOrderMarkKeepsQuotedSemicolonsAndMultiLineCellsInOneRow() {
        String csv = "\uFEFFa;b\r\n\"x;y\";\"two\nlines\"\r\n\r\n1;=1+1\r\n";
        ResponseSheet sheet = read(ResponseSheet.csv(csv.getBytes(StandardCharsets.UTF_8), 10));
        assertThat(sheet.columns()).containsExactly("a", "b");
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).cells()).containsExactly("x;y", "two\nlines");
        assertThat(sheet.rows().get(1).cells()).containsExactly("1", "=1+1");
    }

    @Test
    void commaCsvIsReadWhenTheHeaderHasCommas() {
        ResponseSheet sheet = read(ResponseSheet.csv("a,b\n1,\"p;q\"\n".getBytes(StandardCharsets.UTF_8), 10));
        assertThat(sheet.rows().get(0).cells()).containsExactly("1", "p;q");
    }

    @Test
    void csvThatIsNotUtf8IsRefusedWithAHint() {
        byte[] latin1 = "kysymys\nHyvä\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ResponseSheet.csv(latin1, 10))
                .isInstanceOfSatisfying(SheetReading.Unreadable.class, u -> assertThat(u.message())
                        .contains("CSV UTF-8"));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        assertThat(ResponseSheet.csv("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOfSatisfying(SheetReading.Unreadable.class, u -> assertThat(u.message())
                        .contains("more than 2"));
    }

    @Test
    void xlsxCellsAreReadAsValuesAndFormulasAreNotRead() throws IOException {
        ResponseSheet sheet = read(ResponseSheet.xlsx(workbook(), 10));
        assertThat(sheet.columns()).containsExactly("number", "decimal", "day", "text", "formula");
        SheetRow row = sheet.rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.cells()).containsExactly("9", "2.5", "2025-03-14", "=not a formula", "");
        assertThat(row.unreadable()).containsEntry(4, "formulas are not read; paste values");
    }

    @Test
    void xlsxTimeAndDateTimeCellsAreReadAsIsoTimesToTheSecond() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("responses");
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < 4; c++) {
                header.createCell(c).setCellValue("c" + c);
            }
            XSSFRow row = sheet.createRow(1);
            formatted(row, 0, 9.5 / 24, "h:mm");
            // a time typed on a day's number shows only the time: the day is not part of it
            formatted(row, 1, 2 + (18 + 5 / 60.0) / 24, "[$-40B]h.mm;@");
            formatted(row, 2, DateUtil.getExcelDate(LocalDateTime.of(2026, 12, 3, 9, 30)), "d.m.yyyy h:mm");
            formatted(row, 3, (9 * 3600 + 30 * 60 + 15) / 86400.0, "hh:mm:ss");
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            SheetRow read =
                    read(ResponseSheet.xlsx(out.toByteArray(), 10)).rows().get(0);
            assertThat(read.cells()).containsExactly("09:30", "18:05", "2026-12-03T09:30", "09:30:15");
        }
    }

    @Test
    void aDateFormatShowsADayWhenItHasAYearOrADayOutsideQuotesAndBrackets() {
        assertThat(SheetCellHandler.showsADay("d.m.yyyy h:mm")).isTrue();
        assertThat(SheetCellHandler.showsADay("mmm yy")).isTrue();
        assertThat(SheetCellHandler.showsADay("h:mm")).isFalse();
        assertThat(SheetCellHandler.showsADay("[$-40B]h.mm;@")).isFalse();
        assertThat(SheetCellHandler.showsADay("\"day\" h:mm")).isFalse();
    }

    private static void formatted(XSSFRow row, int column, double value, String format) {
        var workbook = row.getSheet().getWorkbook();
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    @Test
    void xlsxRowsBeyondTheLimitAreRefusedAtTheFirstOneWithItsRowNumber() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("responses");
            sheet.createRow(0).createCell(0).setCellValue("grade");
            for (int r = 1; r <= 5; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            // rows 2 and 3 are within the limit of 2; row 4 is the first beyond it
            assertThat(ResponseSheet.xlsx(out.toByteArray(), 2))
                    .isInstanceOfSatisfying(SheetReading.Unreadable.class, u -> assertThat(u.message())
                            .startsWith("Row 4: the file has more than 2 responses"));
        }
    }

    @Test
    void xlsxBooleansAndErrorValuesAreReadAsAPersonSeesThem() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("responses");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("yes");
            header.createCell(2).setCellValue("error");
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue(true);
            row.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            ResponseSheet read = read(ResponseSheet.xlsx(out.toByteArray(), 10));
            assertThat(read.columns()).containsExactly("yes", "", "error");
            assertThat(read.rows()).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo(3);
                assertThat(r.cells()).containsExactly("TRUE", "", "");
                assertThat(r.unreadable()).containsOnly(java.util.Map.entry(2, XlsxSheetReader.ERROR_VALUE));
            });
        }
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertThat(ResponseSheet.csv("a,b\n,\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOfSatisfying(SheetReading.Unreadable.class, u -> assertThat(u.message())
                        .contains("no responses"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        assertThat(ResponseSheet.xlsx("a,b".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(SheetReading.Unreadable.class);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("responses");
            XSSFRow header = sheet.createRow(0);
            String[] names = {"number", "decimal", "day", "text", "formula"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(9.0);
            row.createCell(1).setCellValue(2.5);
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2025, 3, 14));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("=not a formula");
            row.createCell(4).setCellFormula("1+1");
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static ResponseSheet read(SheetReading reading) {
        assertThat(reading).isInstanceOf(SheetReading.Read.class);
        return ((SheetReading.Read) reading).sheet();
    }
}
