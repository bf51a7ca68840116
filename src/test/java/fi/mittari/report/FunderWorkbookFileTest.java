package fi.mittari.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

class FunderWorkbookFileTest {

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.formulaLooking())) {
            List<String> texts = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts)
                    .contains(
                            "=1+1", "=CMD|'/c calc'!A1", "@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "+Yritys", "-1+2");
            Cell hyperlink = workbook.getSheetAt(0).getRow(10).getCell(0);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        byte[] first = WrittenWorkbook.bytes(WorkbookContentFixture.keko());
        byte[] second = WrittenWorkbook.bytes(WorkbookContentFixture.keko());
        assertThat(Arrays.equals(first, second)).isTrue();
    }

    @Test
    void stampsEveryZipEntryWithTheAsOfTimeSoTheMomentOfWritingLeavesNoTrace() throws IOException {
        byte[] bytes = WrittenWorkbook.bytes(WorkbookContentFixture.keko());
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2019, 12, 19, 12, 0));
                entries++;
            }
            assertThat(entries).isGreaterThan(5);
        }
    }

    @Test
    void describesTheDocumentWithTheAsOfTimeTheTitleAndMittariAsCreator() throws IOException {
        try (var workbook = WrittenWorkbook.open(WorkbookContentFixture.keko())) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookContentFixture.AS_OF);
            assertThat(core.getModified().toInstant()).isEqualTo(WorkbookContentFixture.AS_OF);
            assertThat(core.getCreator()).isEqualTo("Mittari");
            assertThat(core.getTitle()).isEqualTo("KeKo 2019");
        }
    }
}
