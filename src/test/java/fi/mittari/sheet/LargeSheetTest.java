package fi.mittari.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of a million rows (about the 10 MB an upload may have) is refused at the row limit by a reader with a
 * 64 MB heap: it is read row by row and reading stops at the first row beyond the limit. Reading the whole sheet
 * into memory first, as POI's user model does, needs gigabytes for it.
 */
class LargeSheetTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path directory;

    @Test
    void aMillionRowWorkbookIsRefusedAtTheLimitWithinASmallHeap() throws Exception {
        Path workbook = directory.resolve("million.xlsx");
        write(workbook);

        Process reader = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReadingOneSheet.class.getName(),
                        workbook.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // the header is row 1, so the 50,001st response is on row 50,002
        assertThat(output)
                .contains("unreadable: Row " + (ResponseSheet.MAX_ROWS + 2) + ": the file has more than "
                        + ResponseSheet.MAX_ROWS + " responses")
                .doesNotContain("OutOfMemoryError");
        assertThat(reader.exitValue()).isZero();
    }

    private static void write(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("responses");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("grade");
            header.createCell(1).setCellValue("region");
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r % 10);
                row.createCell(1).setCellValue(r % 2 == 0 ? "lappi" : "kainuu");
            }
            workbook.write(out);
        }
    }
}
