package fi.mittari.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes content with {@link FunderWorkbookWriter} and opens the bytes again, as a funder would. */
final class WrittenWorkbook {

    private WrittenWorkbook() {}

    static byte[] bytes(WorkbookContent content) throws IOException {
        var out = new ByteArrayOutputStream();
        new FunderWorkbookWriter().write(content, out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(WorkbookContent content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(content)));
    }
}
