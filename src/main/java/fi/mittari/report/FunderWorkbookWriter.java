package fi.mittari.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbook a funder receives: one summary sheet in the report's language with each campaign's response
 * count and, per question, a table of counts and shares (as percentages) with a native bar chart beside it.
 * The same content always gives byte-identical files: the document dates and zip entry times are the content's
 * {@code asOf}, never the moment of writing.
 */
public final class FunderWorkbookWriter {

    static final String CREATOR = "Mittari";

    /** Writes the .xlsx to {@code out} and leaves {@code out} open. */
    public void write(WorkbookContent content, OutputStream out) throws IOException {
        var unstamped = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new SummarySheet(workbook, WorkbookLabels.in(content.language())).write(content);
            describe(workbook.getProperties().getCoreProperties(), content);
            workbook.write(unstamped);
        }
        LocalDateTime entryTime = LocalDateTime.ofInstant(content.asOf(), SummarySheet.REPORT_ZONE);
        ReproducibleZip.copy(unstamped.toByteArray(), entryTime, out);
    }

    private static void describe(POIXMLProperties.CoreProperties core, WorkbookContent content) {
        Date asOf = Date.from(content.asOf());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        core.setCreator(CREATOR);
        core.setTitle(content.title());
    }
}
