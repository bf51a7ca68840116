package fi.mittari.report.workbook;

import static fi.mittari.report.workbook.TableSheetsContent.DDE_COMMAND;
import static fi.mittari.report.workbook.TableSheetsContent.HYPERLINK_FORMULA;
import static fi.mittari.report.workbook.Written.cell;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text people typed never becomes a formula, and the same content always gives the same bytes. */
class WorkbookSafetyTest {

    @Test
    void keepsFormulaLikeTextsAsQuotePrefixedText() throws Exception {
        try (XSSFWorkbook workbook = Written.open(TableSheetsContent.keko(ReportLanguage.FI))) {
            assertText(cell(workbook.getSheet("Kansilehti"), "B8"), HYPERLINK_FORMULA);
            assertText(cell(workbook.getSheet("Tulokset tavoitteisiin"), "B5"), DDE_COMMAND);
            Sheet quality = workbook.getSheet("Vastaukset ja tiedon laatu");
            assertText(cell(quality, "A4"), HYPERLINK_FORMULA);
            assertText(cell(quality, "A8"), HYPERLINK_FORMULA);
            int cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType())
                                .as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        cells++;
                    }
                }
            }
            assertThat(cells).isGreaterThan(100);
        }
    }

    @Test
    void writesTheSameBytesForTheSameContentAndOtherBytesForAnotherBuildTime() throws Exception {
        String first = sha256(Written.bytes(TableSheetsContent.keko(ReportLanguage.FI)));
        String second = sha256(Written.bytes(TableSheetsContent.keko(ReportLanguage.FI)));
        String later = sha256(
                Written.bytes(TableSheetsContent.keko(ReportLanguage.FI, Instant.parse("2020-01-16T09:30:00Z"))));
        assertThat(second).isEqualTo(first);
        assertThat(later).isNotEqualTo(first);
    }

    private static void assertText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
